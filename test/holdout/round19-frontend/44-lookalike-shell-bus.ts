// The shell and its micro-frontends talk over postMessage (same origin only).
type ShellMessage =
  | { type: 'navigate'; payload: { value: string } }
  | { type: 'order-placed'; transactionReference: string; payload: { value: 'success' | 'error' } };

const listeners = new Set<(message: ShellMessage) => void>();

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin) return;
  let message: ShellMessage;
  try {
    message = JSON.parse(event.data);
  } catch {
    return;
  }
  if (message.type === 'order-placed' && message.payload.value === 'success') {
    console.info('order placed', message.transactionReference);
  }
  listeners.forEach((listener) => listener(message));
});

export function onShellMessage(listener: (message: ShellMessage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
