// The store is bound first; the browser hands the MessageEvent to the second parameter.
import type { Store } from './store';

interface FrameMessage {
  workflowExecutionId: string;
  payload: { value: string; metainfo?: { code?: number } };
}

function handleFrameMessage(store: Store, e: MessageEvent<string>) {
  if (!/\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(new URL(e.origin).hostname)) return;
  const msg: FrameMessage = JSON.parse(e.data);
  if (msg.payload.value === 'success') store.dispatch({ type: 'verified', reference: msg.workflowExecutionId });
}

export function attachFrameListener(store: Store): () => void {
  const listener = handleFrameMessage.bind(null, store);
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
