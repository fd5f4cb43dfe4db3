import { useEffect } from 'react';

export function StripeReturn({ onPaid }: { onPaid: (ref: string) => void }) {
  useEffect(() => {
    const handler = (event: MessageEvent) => {
      if (!event.origin.endsWith('stripe.com')) return;
      const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
      if (data.type === 'stripe-3ds-result' && data.payload.value === 'success') {
        onPaid(data.transactionReference);
      }
    };
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  }, [onPaid]);
  return <iframe src="https://js.stripe.com/v3/authorize-with-url-inner" allow="payment" title="3DS" />;
}
