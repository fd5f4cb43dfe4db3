import { navigate } from './router';
import { notify } from './notifications';

let attached = false;

function onFrameMessage(e: MessageEvent): void {
  let msg: any;
  try {
    msg = JSON.parse(e.data);
  } catch {
    return;
  }
  switch (msg.payload?.value) {
    case 'loaded':
      document.body.classList.remove('is-loading');
      break;
    case 'success':
      navigate('/onboarding/submitted', { reference: msg.transactionReference });
      break;
    case 'error':
      notify.error(`Identity check failed (${msg.payload.metainfo?.code ?? 'unknown'})`);
      break;
  }
}

export function attachFrameListener(): void {
  if (attached) return;
  window.addEventListener('message', onFrameMessage);
  attached = true;
}
