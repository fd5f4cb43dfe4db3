// valibot validates the parsed event: parse(Schema, obj) returns it, safeParse(Schema, obj) holds it in `output`.
// The schema's key is renamed with the reads, or it would reject every KYX event.
import { literal, object, parse, safeParse, string } from 'valibot';

const KycEvent = object({ workflowExecutionId: string(), eventType: literal(510), payload: object({ value: string() }) });

window.addEventListener('message', (event: MessageEvent) => {
  if (!event.origin.endsWith('.jumio.ai')) return;
  const data = parse(KycEvent, JSON.parse(event.data));
  if (data.payload.value === 'success') localStorage.setItem('kyc', data.workflowExecutionId);
});

export function onKycMessage(event: MessageEvent, done: (ref: string) => void): void {
  if (!event.origin.endsWith('.jumio.ai')) return;
  const checked = safeParse(KycEvent, JSON.parse(event.data));
  if (checked.success) done(checked.output.workflowExecutionId);
}
window.addEventListener('message', (e) => onKycMessage(e, console.log));
