// The origin is checked against a Set of origins (`JUMIO_ORIGINS.has(event.origin)`) or of hosts
// (`FRAME_HOSTS.has(new URL(event.origin).host)`), as a list's includes is: the legacy entries are translated. Left,
// the migrated handler would drop every KYX event (hold-out round 20 front end, 01).
const JUMIO_ORIGINS = new Set(['https://netverify.com', 'https://lon.netverify.com']);
const FRAME_HOSTS = new Set(['acme.netverify.com']);

export function listen(onDone: (reference: string) => void): () => void {
  const onMessage = (event: MessageEvent<string>): void => {
    if (!JUMIO_ORIGINS.has(event.origin) && !FRAME_HOSTS.has(new URL(event.origin).host)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.transactionReference);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
