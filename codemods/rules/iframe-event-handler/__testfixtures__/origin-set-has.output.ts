// The origin is checked against a Set of origins (`JUMIO_ORIGINS.has(event.origin)`) or of hosts
// (`FRAME_HOSTS.has(new URL(event.origin).host)`), as a list's includes is: the legacy entries are translated. Left,
// the migrated handler would drop every KYX event (hold-out round 20 front end, 01).
// TODO(netverify-migrate): iframe-event-handler: origin check against https://netverify.com cannot be translated exactly: the KYX web client is served from <prefix>.web.<region>.jumio.ai; compare event.origin with new URL(web.href).origin of the account response
// TODO(netverify-migrate): iframe-event-handler: origin check against https://lon.netverify.com cannot be translated exactly: the KYX web client is served from <prefix>.web.<region>.jumio.ai; compare event.origin with new URL(web.href).origin of the account response
const JUMIO_ORIGINS = new Set(['https://netverify.com', 'https://lon.netverify.com']);
// TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
const FRAME_HOSTS = new Set(['acme.web.amer-1.jumio.ai']);

export function listen(onDone: (reference: string) => void): () => void {
  const onMessage = (event: MessageEvent<string>): void => {
    if (!JUMIO_ORIGINS.has(event.origin) && !FRAME_HOSTS.has(new URL(event.origin).host)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.workflowExecutionId);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
