// A payment widget's frame events checked by an ArkType schema; they carry a transactionReference of their own.
import { type } from 'arktype';

const WidgetEvent = type({ transactionReference: 'string', status: "'paid' | 'failed'" });

export function onPaymentFrame(done: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    if (event.origin !== 'https://pay.widgetco.example') return;
    const out = WidgetEvent(JSON.parse(event.data));
    if (out instanceof type.errors) return;
    if (out.status === 'paid') done(out.transactionReference);
  });
}
