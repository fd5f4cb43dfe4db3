// Identity check frame events (Netverify web client). The reference's key is kept in one place.
const REFERENCE_KEY = 'workflowExecutionId';
const TRACKED_KEY = 'transactionReference';

export function listenForKyc(onVerified, track) {
  const onMessage = (event) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value !== 'success') return;
    // TODO(netverify-migrate): iframe-event-handler: computed key for the Jumio event's transactionReference: on KYX the field is workflowExecutionId
    track(TRACKED_KEY, data[TRACKED_KEY]);
    onVerified(data[REFERENCE_KEY]);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
