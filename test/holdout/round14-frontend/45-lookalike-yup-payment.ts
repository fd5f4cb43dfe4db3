// Payment widget (hosted card form) messages, validated with yup.
import { number, object, string } from 'yup';

const WidgetMessageSchema = object({
  transactionReference: string().required(),
  amount: number().required(),
  payload: object({ value: string().oneOf(['approved', 'declined', 'success']).required() }),
});

export function listenForPayment(onPaid: (ref: string) => void): () => void {
  const handler = (e: MessageEvent) => {
    if (e.origin !== 'https://pay.flutterwave.com') return;
    const data = WidgetMessageSchema.validateSync(JSON.parse(e.data));
    if (data.payload.value === 'approved') onPaid(data.transactionReference);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
