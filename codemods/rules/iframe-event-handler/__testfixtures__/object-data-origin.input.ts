// The web client's event read as an object (a typed MessageEvent, or a wrapper that posts objects): no JSON.parse.
// An origin check proves the handler; its reads must follow the origin to KYX, or the handler silently breaks.
interface KycFrameEvent {
  transactionReference: string;
  eventType: number;
  payload: { value: string; metainfo?: { code: number } };
}

export function onKycEvent(done: (ref: string) => void) {
  window.addEventListener('message', (event: MessageEvent<KycFrameEvent>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const { data } = event;
    if (data.payload.value === 'success') done(data.transactionReference);
  });
}

window.addEventListener('message', (e) => {
  if (new URL(e.origin).hostname !== 'acme.netverify.com') return;
  if (e.data.transactionReference && e.data.payload?.value === 'error') {
    console.warn(e.data.transactionReference, e.data.payload.metainfo.code);
  }
  if (e.data.startsWith('{')) return;
});
