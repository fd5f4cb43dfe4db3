import { z } from 'zod';

// The legacy Netverify web client posts a JSON string; validate it before trusting it.
const NetverifyEvent = z.object({
  transactionReference: z.string(),
  eventType: z.literal(510),
  dateTime: z.string(),
  payload: z.object({
    value: z.enum(['loaded', 'success', 'error']),
    metainfo: z.object({ code: z.number() }).optional(),
  }),
});
type NetverifyEvent = z.infer<typeof NetverifyEvent>;

export function listenForKyc(onEvent: (e: NetverifyEvent) => void): () => void {
  const handler = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const parsed = NetverifyEvent.safeParse(JSON.parse(event.data));
    if (!parsed.success) return;
    if (parsed.data.payload.value === 'success') {
      sessionStorage.setItem('kycReference', parsed.data.transactionReference);
    }
    onEvent(parsed.data);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
