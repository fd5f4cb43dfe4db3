import React, { useEffect } from 'react';

// Card payment step: the issuer's 3-D Secure challenge is framed here; the identity check ran earlier and its
// web client may still post its last events, so the Jumio listener stays mounted.
export function Checkout({ challengeUrl, onVerified }: { challengeUrl: string; onVerified: (r: string) => void }) {
  useEffect(() => {
    const handler = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onVerified(data.transactionReference);
    };
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  }, [onVerified]);

  return (
    <div className="checkout">
      <iframe src={challengeUrl} title="3-D Secure challenge" allow="payment" width="400" height="600" />
    </div>
  );
}
