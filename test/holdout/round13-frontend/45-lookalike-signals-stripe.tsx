// Preact + @preact/signals: Stripe 3-D Secure confirmation frame.
import { useSignal, useSignalEffect } from '@preact/signals';

export function ThreeDsStep({ url }: { url: string }) {
  const reference = useSignal<string | null>(null);
  useSignalEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== 'https://hooks.stripe.com') return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') reference.value = data.transactionReference;
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  });
  return reference.value ? <p>Paid ({reference.value})</p> : <iframe src={url} allow="payment" width="500" height="600" />;
}
