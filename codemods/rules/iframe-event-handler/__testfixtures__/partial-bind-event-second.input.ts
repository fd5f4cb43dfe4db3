// The store is bound first; the browser hands the MessageEvent to the second parameter.
import type { Store } from './store';

interface FrameMessage {
  transactionReference: string;
  payload: { value: string; metainfo?: { code?: number } };
}

function handleFrameMessage(store: Store, e: MessageEvent<string>) {
  if (!/\.netverify\.com$/.test(new URL(e.origin).hostname)) return;
  const msg: FrameMessage = JSON.parse(e.data);
  if (msg.payload.value === 'success') store.dispatch({ type: 'verified', reference: msg.transactionReference });
}

export function attachFrameListener(store: Store): () => void {
  const listener = handleFrameMessage.bind(null, store);
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
