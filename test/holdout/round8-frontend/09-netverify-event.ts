import * as v from 'valibot';

// Schema of the Netverify web client's iframe events (validated before use).
export const NetverifyEvent = v.object({
  authorizationToken: v.string(),
  transactionReference: v.string(),
  eventType: v.literal(510),
  dateTime: v.string(),
  payload: v.object({
    value: v.picklist(['loaded', 'success', 'error']),
    metainfo: v.optional(v.object({ code: v.number() })),
  }),
});
export type NetverifyEvent = v.InferOutput<typeof NetverifyEvent>;

export function watchNetverify(onEvent: (reference: string, value: string) => void): () => void {
  const listener = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const result = v.safeParse(NetverifyEvent, JSON.parse(event.data));
    if (!result.success) return;
    onEvent(result.output.transactionReference, result.output.payload.value);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
