// Onboarding state (valtio). The identity step's iframe posts its events here; there is no origin check because the
// frame's src comes from our own API.
import { proxy } from 'valtio';

export const kycState = proxy({
  reference: null as string | null,
  step: 'idle' as 'idle' | 'loaded' | 'success' | 'error',
  errorCode: null as number | null,
});

function onFrameMessage(event: MessageEvent) {
  if (typeof event.data !== 'string') return;
  const data = JSON.parse(event.data);
  if (data.eventType !== 510 || !data.transactionReference) return;
  kycState.reference = data.transactionReference;
  kycState.step = data.payload.value;
  kycState.errorCode = data.payload.metainfo ? data.payload.metainfo.code : null;
}

export function subscribeKycFrame(): () => void {
  window.addEventListener('message', onFrameMessage);
  return () => window.removeEventListener('message', onFrameMessage);
}
