// Lookalike: a card payment's 3-D Secure challenge in a frame; the ACS page posts its result, cached with TanStack
// Query under the payment's transactionReference.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';

export function ThreeDsChallenge({ acsUrl, paymentId }: { acsUrl: string; paymentId: string }) {
  const queryClient = useQueryClient();

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== 'https://acs.paygate-acquiring.com') return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        queryClient.setQueryData(['payment', paymentId], { state: 'authorised', reference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        queryClient.setQueryData(['payment', paymentId], { state: 'declined', reference: data.transactionReference });
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [queryClient, paymentId]);

  return <iframe title="3-D Secure" src={acsUrl} width="400" height="600" allow="payment" />;
}
