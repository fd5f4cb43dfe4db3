// CheckoutStep.tsx — Linthorpe Outdoor, checkout, step 3 of 4 ("Pay by card").
// Parcelpay is replacing its hosted payment page: v1 (pay.parcelpay.example) and v2 (checkout.parcelpay.example) run
// side by side, and the LaunchDarkly flag "hosted-checkout-v2" (hostedCheckoutV2 in the React SDK) picks one per
// basket. Until the rollout reaches 100 %, our order API starts either page, and this step handles the messages of
// whichever of the two it embeds.
import { useEffect, useState } from 'react';
import { useFlags } from 'launchdarkly-react-client-sdk';

/** Messages of Parcelpay's hosted payment page v1 (flag off). */
interface HostedPageV1Message {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'authorised' | 'declined'; metainfo?: { reason?: string } };
}

/** Messages of Parcelpay's hosted payment page v2 (flag on). */
interface HostedPageV2Message {
  paymentId: string;
  orderReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'authorised' | 'declined'; metainfo?: { reason?: string } };
}

/** What our order API answers: the v2 checkout URL, or the v1 redirectUrl. */
type PaymentSession = { version: 'v2'; checkout: { url: string } } | { version: 'v1'; redirectUrl: string };

export type Paid = { paymentId: string; orderReference: string } | { transactionReference: string };

interface Props {
  basketId: string;
  onPaid: (result: Paid) => void;
  onDeclined: (next: 'other-card' | 'stopped', reason: string | null) => void;
}

export function CheckoutStep({ basketId, onPaid, onDeclined }: Props) {
  const { hostedCheckoutV2 } = useFlags();
  const [frameUrl, setFrameUrl] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch('/api/checkout/payment-session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ basketId, version: hostedCheckoutV2 ? 'v2' : 'v1' }),
    })
      .then((res) => res.json() as Promise<PaymentSession>)
      .then((session) => {
        if (!cancelled) setFrameUrl(session.version === 'v2' ? session.checkout.url : session.redirectUrl);
      });
    return () => {
      cancelled = true;
    };
  }, [basketId, hostedCheckoutV2]);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (typeof event.data !== 'string') return;
      if (event.origin === 'https://checkout.parcelpay.example') {
        const data = JSON.parse(event.data) as HostedPageV2Message;
        if (data.payload.value === 'authorised') {
          onPaid({ paymentId: data.paymentId, orderReference: data.orderReference });
        } else if (data.payload.value === 'declined') {
          const reason = data.payload.metainfo?.reason ?? null;
          // v2 "insufficient_funds": another card may work.
          onDeclined(reason === 'insufficient_funds' ? 'other-card' : 'stopped', reason);
        }
      } else if (event.origin === 'https://pay.parcelpay.example') {
        const data = JSON.parse(event.data) as HostedPageV1Message;
        if (data.payload.value === 'authorised') {
          onPaid({ transactionReference: data.transactionReference });
        } else if (data.payload.value === 'declined') {
          const reason = data.payload.metainfo?.reason ?? null;
          // v1 "D51": insufficient funds; another card may work.
          onDeclined(reason === 'D51' ? 'other-card' : 'stopped', reason);
        }
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onPaid, onDeclined]);

  if (!frameUrl) return <p className="checkout-step__loading">Preparing the secure payment page…</p>;
  return <iframe src={frameUrl} title="Card payment" className="checkout-step__frame" width="100%" height="560" allow="payment" allowFullScreen />;
}
