// Card confirmation step: Stripe's 3-D Secure frame, events through @react-hookz/web.
import { useState } from 'react';
import { useEventListener } from '@react-hookz/web';

export function ThreeDsFrame({ frameUrl, onPaid }: { frameUrl: string; onPaid: (ref: string) => void }) {
  const [failed, setFailed] = useState(false);

  useEventListener(window, 'message', (event: MessageEvent) => {
    if (event.origin !== 'https://hooks.stripe.com') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onPaid(data.transactionReference);
    if (data.payload.value === 'error') setFailed(true);
  });

  if (failed) return <p>Payment failed.</p>;
  return <iframe title="3-D Secure" src={frameUrl} allow="payment" width="500" height="600" />;
}
