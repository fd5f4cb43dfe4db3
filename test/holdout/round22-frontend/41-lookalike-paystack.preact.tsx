/** @jsxImportSource preact */
import { useCallback, useEffect, useState } from 'preact/hooks';

type Phase = 'loading' | 'paying' | 'done' | 'failed';

type Props = { checkoutUrl: string; onDone: (reference: string | null) => void };

// Card checkout step: Paystack's inline checkout in a frame.
export function CheckoutStep({ checkoutUrl, onDone }: Props) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [startedAt, setStartedAt] = useState<string | null>(null);

  const onMessage = useCallback(
    (event: MessageEvent) => {
      if (event.origin !== 'https://checkout.paystack.com') return;
      if (typeof event.data !== 'string') return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (err) {
        return;
      }
      if (data.payload.value === 'loaded') {
        setPhase('paying');
        setStartedAt(data.dateTime);
      } else if (data.payload.value === 'success') {
        setPhase('done');
        onDone(data.transactionReference);
      } else if (data.payload.value === 'error') {
        setPhase('failed');
        console.warn('checkout failed', data.payload.metainfo && data.payload.metainfo.code, data.transactionReference);
        onDone(null);
      }
    },
    [onDone],
  );

  useEffect(() => {
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onMessage]);

  return (
    <section class={`checkout-step checkout-step--${phase}`}>
      {startedAt && <small class="checkout-step__started">Started at {new Date(startedAt).toLocaleTimeString()}</small>}
      <iframe title="Card payment" src={checkoutUrl} width="100%" height={560} allow="payment; fullscreen" />
      {phase === 'failed' && <p role="alert">Your card was not charged. Please try again.</p>}
    </section>
  );
}
