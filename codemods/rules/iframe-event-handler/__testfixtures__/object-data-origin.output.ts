// The web client's event read as an object (a typed MessageEvent, or a wrapper that posts objects): no JSON.parse.
// An origin check proves the handler; its reads must follow the origin to KYX, or the handler silently breaks.
interface KycFrameEvent {
  workflowExecutionId: string;
  eventType: number;
  payload: { value: string; metainfo?: { code: number } };
}

export function onKycEvent(done: (ref: string) => void) {
  window.addEventListener('message', (event: MessageEvent<KycFrameEvent>) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const { data } = event;
    if (data.payload.value === 'success') done(data.workflowExecutionId);
  });
}

window.addEventListener('message', (e) => {
  // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
  if (new URL(e.origin).hostname !== 'acme.web.amer-1.jumio.ai') return;
  if (e.data.workflowExecutionId && e.data.payload?.value === 'error') {
    console.warn(e.data.workflowExecutionId, e.data.payload.metainfo.code);
  }
  if (e.data.startsWith('{')) return;
});
