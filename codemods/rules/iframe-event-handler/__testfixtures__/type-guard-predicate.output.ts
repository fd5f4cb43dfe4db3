// A user-defined type guard narrows the parsed object: the type it asserts describes the event, so its member is
// renamed with the reads (the narrowed `msg.workflowExecutionId` would not type-check against the old member).
type KycMessage = {
  workflowExecutionId: string;
  eventType: number;
  payload: { value: string };
};

const isKycMessage = (m: unknown): m is KycMessage =>
  typeof m === 'object' && m !== null && (m as KycMessage).eventType === 510;

window.addEventListener('message', (event: MessageEvent) => {
  if (!event.origin.endsWith('.jumio.ai')) return;
  const msg: unknown = JSON.parse(event.data);
  if (!isKycMessage(msg)) return;
  if (msg.payload.value === 'success') sessionStorage.setItem('kycRef', msg.workflowExecutionId);
});
