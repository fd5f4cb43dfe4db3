// The payment step of the checkout. The card form's messages are typed in ./40-lookalike-checkout-types and narrowed
// with the guard from there before the component reads them.
import { useEffect, useState } from 'react';
import { CheckoutStatus, isCheckoutMessage, type CheckoutMessage } from './40-lookalike-checkout-types';

export interface CheckoutFrameProps {
  frameUrl: string;
  onPaid(reference: string, orderId: string): void;
  onDeclined(reference: string, code: number | undefined): void;
}

type StepState = 'waiting' | CheckoutStatus;

export function CheckoutFrame({ frameUrl, onPaid, onDeclined }: CheckoutFrameProps) {
  const [step, setStep] = useState<StepState>('waiting');

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (!new URL(event.origin).hostname.endsWith('.payframe.example')) return;
      if (typeof event.data !== 'string') return;

      let parsed: unknown;
      try {
        parsed = JSON.parse(event.data);
      } catch {
        return;
      }
      if (!isCheckoutMessage(parsed)) return;

      const message: CheckoutMessage = parsed;
      setStep(message.payload.value);
      if (message.payload.value === CheckoutStatus.Success) {
        onPaid(message.transactionReference, message.orderId);
      } else if (message.payload.value === CheckoutStatus.Error) {
        onDeclined(message.transactionReference, message.payload.metainfo?.code);
      }
    }

    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onPaid, onDeclined]);

  return (
    <section className="payment-step" aria-busy={step === 'waiting'}>
      <iframe src={frameUrl} title="Card payment" className="payment-step__frame" allow="payment" />
      {step === CheckoutStatus.Error ? <p role="alert">Your card was declined. Please try another card.</p> : null}
    </section>
  );
}
