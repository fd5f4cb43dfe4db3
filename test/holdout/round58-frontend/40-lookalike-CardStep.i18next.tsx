// CardStep.tsx — Lindqvist Outdoor checkout, step 3 of 4: card payment.
// Frames Tessera Pay's hosted card fields (frameUrl is the hosted session's paymentPageUrl), which run the card
// issuer's 3-D Secure challenge inside the same window. The copy lives in public/locales/<lng>/checkout.json under
// "card" (react-i18next, namespace "checkout"); the checkout is tracked in Mixpanel under the order's property names.
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import mixpanel from 'mixpanel-browser';

interface CardFrameEvent {
  sessionToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'ready' | 'authorised' | 'declined'; metainfo?: { declineCode: string } };
}

type Phase = 'loading' | 'entering' | 'paid' | 'declined';

interface Props {
  orderId: string;
  frameUrl: string;
  onPaid(transactionReference: string): void;
  onChangeMethod(): void;
}

export function CardStep({ orderId, frameUrl, onPaid, onChangeMethod }: Props) {
  const { t } = useTranslation('checkout');
  const [phase, setPhase] = useState<Phase>('loading');
  const [transactionReference, setTransactionReference] = useState<string | null>(null);
  const [declineCode, setDeclineCode] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== 'https://hosted.tesserapay.example') return;
      const data = JSON.parse(event.data) as CardFrameEvent;
      mixpanel.track('Card Frame Event', {
        orderId,
        step: data.payload.value,
        transactionReference: data.transactionReference,
      });
      if (data.payload.value === 'ready') {
        mixpanel.register({ transactionReference: data.transactionReference });
        setPhase('entering');
        setAnnouncement(t('card.announce.ready'));
        return;
      }
      if (data.payload.value === 'authorised') {
        setTransactionReference(data.transactionReference);
        setPhase('paid');
        // card.announce.authorised reads "… Payment reference {{transactionReference}}." — filled in from the event.
        setAnnouncement(t('card.announce.authorised', data));
        onPaid(data.transactionReference);
        return;
      }
      const code = data.payload.metainfo?.declineCode ?? null;
      setDeclineCode(code);
      setPhase('declined');
      setAnnouncement(t('card.announce.declined', { code }));
      mixpanel.track('Card Frame Declined', { orderId, declineCode: code, transactionReference: data.transactionReference });
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [orderId, onPaid, t]);

  return (
    <section className="card-step">
      <h2>{t(`card.phase.${phase}`)}</h2>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
      {phase === 'paid' && transactionReference && (
        <p className="card-step__reference">
          <Trans t={t} i18nKey="card.transactionReference" values={{ transactionReference }} components={{ code: <code /> }} />
        </p>
      )}
      {phase === 'declined' ? (
        <div role="alert">
          <p>{t('card.declined', { code: declineCode })}</p>
          <button type="button" onClick={onChangeMethod}>{t('card.changeMethod')}</button>
        </div>
      ) : (
        <iframe src={frameUrl} title={t('card.frameTitle')} width="100%" height={520} allow="payment" />
      )}
    </section>
  );
}
