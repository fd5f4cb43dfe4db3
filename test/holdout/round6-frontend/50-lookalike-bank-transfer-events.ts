import { z } from 'zod';

// Open-banking widget: the bank's consent page posts the transfer outcome back to us.
const TransferEvent = z.object({
  transactionReference: z.string(),
  amount: z.number(),
  currency: z.string(),
  payload: z.object({ value: z.enum(['success', 'error', 'cancelled']) }),
});

export function listenForTransfer(onDone: (reference: string) => void): () => void {
  const handler = (event: MessageEvent) => {
    if (event.origin !== 'https://consent.openbank.example') return;
    const parsed = TransferEvent.safeParse(JSON.parse(event.data));
    if (parsed.success && parsed.data.payload.value === 'success') onDone(parsed.data.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
