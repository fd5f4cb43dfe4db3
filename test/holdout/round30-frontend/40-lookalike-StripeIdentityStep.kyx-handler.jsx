// Identity step with Stripe Identity's embedded verification (the US flow). The message handler was rewritten in March
// for the new verification-session events; the frame below was not touched then.
import { useEffect, useState } from 'react';

export default function StripeIdentityStep({ frameUrl, onVerified, onRetry }) {
  const [state, setState] = useState('waiting');

  useEffect(() => {
    function onFrameMessage(event) {
      if (!event.origin.endsWith('.stripe.com')) return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data.payload.value === 'loaded') setState('capturing');
      if (data.payload.value === 'success') {
        setState('done');
        onVerified({ transactionReference: data.transactionReference, session: data.verificationSession });
      }
      if (data.payload.value === 'error') {
        setState('failed');
        if (data.payload.metainfo?.code === 'consent_declined') onRetry();
      }
    }
    window.addEventListener('message', onFrameMessage);
    return () => window.removeEventListener('message', onFrameMessage);
  }, [onVerified, onRetry]);

  return (
    <section className="stripe-identity" data-state={state}>
      <iframe title="Identity verification" src={frameUrl} width="100%" height="640" allow="camera;fullscreen" />
    </section>
  );
}
