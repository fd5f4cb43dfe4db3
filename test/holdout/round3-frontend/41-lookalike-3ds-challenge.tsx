import { useEffect } from 'react';

type ChallengeResult = { transactionReference: string; outcome: 'success' | 'failure' };

// The issuer's ACS page posts its result through our /3ds/complete bridge page.
export function ChallengeFrame({ acsUrl, onResult }: { acsUrl: string; onResult: (r: ChallengeResult) => void }) {
  useEffect(() => {
    function handle(event: MessageEvent) {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data.eventType !== 'threeDsComplete') return;
      onResult({
        transactionReference: data.transactionReference,
        outcome: data.payload.value === 'success' ? 'success' : 'failure',
      });
    }
    window.addEventListener('message', handle);
    return () => window.removeEventListener('message', handle);
  }, [onResult]);

  return <iframe title="3-D Secure" src={acsUrl} allow="payment" width={390} height={400} />;
}
