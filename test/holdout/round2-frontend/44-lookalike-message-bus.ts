// Cross-frame message bus between the shell app and micro-frontends.
type Handler = (payload: unknown) => void;

const handlers = new Map<string, Set<Handler>>();

export function on(type: string, fn: Handler): () => void {
  if (!handlers.has(type)) handlers.set(type, new Set());
  handlers.get(type)!.add(fn);
  return () => handlers.get(type)!.delete(fn);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin) return;
  const msg = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
  if (!msg || typeof msg.type !== 'string') return;
  handlers.get(msg.type)?.forEach((fn) => fn(msg.payload));
  if (msg.payload?.value === 'success') console.debug('bus: success', msg.transactionReference);
});
