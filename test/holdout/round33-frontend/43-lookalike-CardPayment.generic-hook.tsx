// Card payment step of the loan application's fee (React; Adyen's hosted card form in an iframe). Window messages go
// through one generic hook: it parses what is posted and hands on only what the given type guard accepts, already
// typed.
import { useCallback, useEffect, useState } from 'react';

interface AdyenCardMessage {
  transactionReference: string;
  amount: number;
  currency: string;
  declineCode?: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
  };
}

function isAdyenCardMessage(value: unknown): value is AdyenCardMessage {
  return typeof value === 'object' && value !== null && 'transactionReference' in value && 'payload' in value;
}

/** Subscribes to window messages for the lifetime of the component; `guard` decides what reaches `onMessage`. */
function useWindowMessage<T>(guard: (value: unknown) => value is T, onMessage: (message: T) => void): void {
  useEffect(() => {
    function listener(event: MessageEvent) {
      if (typeof event.data !== 'string') return;
      let value: unknown;
      try {
        value = JSON.parse(event.data);
      } catch {
        return;
      }
      if (guard(value)) onMessage(value);
    }
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [guard, onMessage]);
}

export interface CardPaymentProps {
  formUrl: string;
  onPaid(reference: string, amount: number, currency: string): void;
}

export default function CardPayment({ formUrl, onPaid }: CardPaymentProps) {
  const [step, setStep] = useState<AdyenCardMessage['payload']['value'] | 'waiting'>('waiting');
  const [declineCode, setDeclineCode] = useState<string>();

  const handleMessage = useCallback(
    (message: AdyenCardMessage) => {
      setStep(message.payload.value);
      if (message.payload.value === 'loaded') return;
      if (message.payload.value === 'success') onPaid(message.transactionReference, message.amount, message.currency);
      if (message.payload.value === 'error') setDeclineCode(message.declineCode);
    },
    [onPaid],
  );

  useWindowMessage(isAdyenCardMessage, handleMessage);

  return (
    <div className="card-payment" data-step={step}>
      <iframe src={formUrl} title="Card payment" allow="payment" />
      {declineCode !== undefined ? <p role="alert">The payment was declined (code {declineCode}).</p> : null}
    </div>
  );
}
