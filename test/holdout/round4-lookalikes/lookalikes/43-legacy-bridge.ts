// Production compatibility layer (kept until the partner widget reads KYX events): listens to the KYX web client and
// re-posts each event to the partner frame in the shape the partner still expects.
const KYX_ORIGIN = /^https:\/\/acme\.web\.emea-1\.jumio\.ai$/;

export function startLegacyBridge(partner: Window, partnerOrigin: string): () => void {
  const onMessage = (event: MessageEvent<string>) => {
    if (!KYX_ORIGIN.test(event.origin)) return;
    const data = JSON.parse(event.data);
    partner.postMessage(
      JSON.stringify({ transactionReference: data.workflowExecutionId, eventType: data.eventType, dateTime: data.dateTime, payload: data.payload }),
      partnerOrigin,
    );
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
