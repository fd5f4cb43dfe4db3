// First premium of Harrow Mutual's protection application (React 18).
// Card details and the 3-D Secure challenge run in Paywell's hosted card fields. As for the identity step, the shell's
// CSP only allows frames from our own origin, so this step frames our card relay page (/payments/card-relay.html),
// which frames Paywell and passes every event of the card fields up to this window unchanged.
import { useEffect, useRef, useState } from 'react';

/** An event of the card fields, as the relay passes it on (the JSON string Paywell posted). */
interface CardFieldsEvent {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  amount: number;
  currency: string;
  payload: { value: 'ready' | 'authorised' | 'declined'; reason?: string };
}

type Props = {
  onPaid: (reference: string, amount: number) => void;
  onDeclined: (reason: string | null) => void;
};

export function PremiumCardStep({ onPaid, onDeclined }: Props) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [phase, setPhase] = useState<'loading' | 'entering' | 'paid'>('loading');

  useEffect(() => {
    function onRelayedMessage(event: MessageEvent) {
      // Only the relay page talks to this window, and it runs on our own origin.
      if (event.origin !== window.location.origin || event.source !== frameRef.current?.contentWindow) return;
      if (typeof event.data !== 'string') return;
      let data: CardFieldsEvent;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      switch (data.payload.value) {
        case 'ready':
          setPhase('entering');
          break;
        case 'authorised':
          setPhase('paid');
          onPaid(data.transactionReference, data.amount);
          break;
        case 'declined':
          onDeclined(data.payload.reason ?? null);
          break;
      }
    }

    window.addEventListener('message', onRelayedMessage);
    return () => window.removeEventListener('message', onRelayedMessage);
  }, [onPaid, onDeclined]);

  return (
    <section className="premium-step">
      {phase === 'loading' && <p className="premium-step__hint">Loading the secure card form…</p>}
      {phase === 'paid' && <p className="premium-step__hint">Thanks, your first premium is paid.</p>}
      <iframe
        ref={frameRef}
        src="/payments/card-relay.html"
        title="Card payment"
        className="premium-step__frame"
        allow="payment"
      />
    </section>
  );
}
