// The identity step and the card widget share one event union. Renaming the shared field would take it from the
// card widget's type: the union is flagged at the Jumio handler's type, the reads are renamed.
interface FrameEventBase {
  transactionReference: string;
  dateTime: string;
}
interface IdentityFrameEvent extends FrameEventBase {
  eventType: 510;
  payload: { value: 'loaded' | 'success' | 'error' };
}
type CardWidgetEvent = { status: 'captured' | 'declined'; transactionReference: string };
type FrameEvent = IdentityFrameEvent | CardWidgetEvent;

// Only Jumio events in the union: renamed in the type.
interface JumioLoaded { eventType: 510; transactionReference: string; payload: { value: 'loaded' } }
interface JumioDone { eventType: 510; transactionReference: string; payload: { value: 'success' | 'error' } }

window.addEventListener('message', (e: MessageEvent<string>) => {
  if (!e.origin.endsWith('.netverify.com')) return;
  const evt = JSON.parse(e.data) as FrameEvent;
  if ('payload' in evt && evt.payload.value === 'success') console.info(evt.transactionReference);
});

window.addEventListener('message', (e: MessageEvent<string>) => {
  if (!e.origin.endsWith('.netverify.com')) return;
  const evt = JSON.parse(e.data) as JumioLoaded | JumioDone;
  if (evt.payload.value === 'success') console.info(evt.transactionReference);
});
