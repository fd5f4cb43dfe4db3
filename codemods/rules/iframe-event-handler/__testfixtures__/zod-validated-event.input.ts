import { z } from 'zod';

// The web client's events, validated before use.
const JumioEvent = z.object({
  transactionReference: z.string(),
  payload: z.object({ value: z.enum(['loaded', 'success', 'error']) }),
}).strict();

window.addEventListener('message', (event: MessageEvent) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const result = JumioEvent.safeParse(JSON.parse(event.data));
  if (!result.success) return;
  if (result.data.payload.value === 'success') localStorage.setItem('kycRef', result.data.transactionReference);
});

// A bank's transfer widget validated the same way: another origin, left alone.
const TransferEvent = z.object({ transactionReference: z.string(), amount: z.number() });
window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== 'https://consent.openbank.example') return;
  const transfer = TransferEvent.parse(JSON.parse(event.data));
  console.log(transfer.transactionReference, transfer.amount);
});
