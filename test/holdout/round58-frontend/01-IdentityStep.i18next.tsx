// IdentityStep.tsx — Pellworth Mutual online account opening, step 3 of 5: the identity check.
// Frames the Jumio (Netverify) web client our API started for the applicant (frameUrl is its redirectUrl). The copy
// lives in public/locales/<lng>/onboarding.json under "identity" (react-i18next, namespace "onboarding"); the journey
// is tracked in Mixpanel under the property names the back office already searches by.
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import mixpanel from 'mixpanel-browser';

interface FrameEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

type Phase = 'loading' | 'capturing' | 'done' | 'failed';

interface Props {
  applicationId: string;
  frameUrl: string;
  onVerified(transactionReference: string): void;
  onRestart(): void;
}

export function IdentityStep({ applicationId, frameUrl, onVerified, onRestart }: Props) {
  const { t } = useTranslation('onboarding');
  const [phase, setPhase] = useState<Phase>('loading');
  const [transactionReference, setTransactionReference] = useState<string | null>(null);
  const [errorCode, setErrorCode] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data) as FrameEvent;
      mixpanel.track('Identity Frame Event', {
        applicationId,
        step: data.payload.value,
        transactionReference: data.transactionReference,
      });
      if (data.payload.value === 'loaded') {
        mixpanel.register({ transactionReference: data.transactionReference });
        setPhase('capturing');
        setAnnouncement(t('identity.announce.loaded'));
        return;
      }
      if (data.payload.value === 'success') {
        setTransactionReference(data.transactionReference);
        setPhase('done');
        // identity.announce.success reads "… Your reference is {{transactionReference}}." — filled in from the event.
        setAnnouncement(t('identity.announce.success', data));
        onVerified(data.transactionReference);
        return;
      }
      const code = data.payload.metainfo?.code ?? null;
      setErrorCode(code);
      setPhase('failed');
      setAnnouncement(t('identity.announce.error', { code }));
      mixpanel.track('Identity Frame Failed', { applicationId, errorCode: code, transactionReference: data.transactionReference });
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [applicationId, onVerified, t]);

  return (
    <section className="identity-step">
      <h2>{t(`identity.phase.${phase}`)}</h2>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
      {phase === 'done' && transactionReference && (
        <p className="identity-step__reference">
          <Trans t={t} i18nKey="identity.transactionReference" values={{ transactionReference }} components={{ code: <code /> }} />
        </p>
      )}
      {phase === 'failed' ? (
        <div role="alert">
          <p>{t('identity.failed', { code: errorCode })}</p>
          <button type="button" onClick={onRestart}>{t('identity.startAgain')}</button>
        </div>
      ) : (
        <iframe src={frameUrl} title={t('identity.frameTitle')} width="100%" height={700} allow="camera;fullscreen" />
      )}
    </section>
  );
}
