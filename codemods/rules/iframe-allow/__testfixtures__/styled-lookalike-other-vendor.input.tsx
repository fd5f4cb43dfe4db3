import { useEffect } from 'react';
import styled from 'styled-components';

const PaymentFrame = styled.iframe`
  border: 0;
  height: 400px;
`;

export function Checkout({ challengeUrl, onPaid }: { challengeUrl: string; onPaid: (ref: string) => void }) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== 'https://hooks.stripe.com') return;
      const data = JSON.parse(event.data);
      if (data.payload?.value === 'success') onPaid(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onPaid]);
  return <PaymentFrame src={challengeUrl} allow="payment" />;
}
