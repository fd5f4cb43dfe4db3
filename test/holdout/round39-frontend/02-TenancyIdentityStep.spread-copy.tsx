// Identity step of the tenancy application (React 18, Vite). The application wizard renders this step with the
// Netverify URL our API returned for the applicant and moves on when onVerified fires.
import { useEffect, useState } from 'react';
import './TenancyIdentityStep.css';

type FrameMessage = {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload?: { value?: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
};

/** What the support replay page reads back: the event as the web client sent it, stamped on arrival. */
type TimelineEntry = FrameMessage & { receivedAt: number };

interface Props {
  applicationId: string;
  frameUrl: string;
  onVerified: (reference: string) => void;
  onFailed: (reference: string | null, code: number | null) => void;
}

export function TenancyIdentityStep({ applicationId, frameUrl, onVerified, onFailed }: Props) {
  const [stage, setStage] = useState<'loading' | 'ready' | 'done' | 'failed'>('loading');

  useEffect(() => {
    function handleFrameMessage(event: MessageEvent) {
      if (!event.origin.includes('netverify.com')) return;
      let parsed: FrameMessage | undefined;
      try {
        parsed = typeof event.data === 'string' ? JSON.parse(event.data) : undefined;
      } catch {
        parsed = undefined;
      }
      const step = parsed?.payload?.value;
      if (!parsed || !step) return;

      // Stamp the event as we received it and keep the latest one for support's replay page
      // (/support/applications/:id/identity reads it back from this tab's sessionStorage).
      const entry: TimelineEntry = { ...parsed, receivedAt: Date.now() };
      sessionStorage.setItem(`tenancy:${applicationId}:identity-event`, JSON.stringify(entry));

      if (step === 'loaded') {
        setStage('ready');
      } else if (step === 'success' && entry.transactionReference) {
        setStage('done');
        onVerified(entry.transactionReference);
      } else if (step === 'error') {
        setStage('failed');
        onFailed(entry['transactionReference'] ?? null, entry.payload?.metainfo?.code ?? null);
      }
    }

    window.addEventListener('message', handleFrameMessage);
    return () => window.removeEventListener('message', handleFrameMessage);
  }, [applicationId, onVerified, onFailed]);

  return (
    <section className="tenancy-identity" data-stage={stage}>
      <h2 className="tenancy-identity__title">Confirm your identity</h2>
      {stage === 'loading' && <p className="tenancy-identity__hint">Loading the identity check…</p>}
      {stage === 'failed' && (
        <p className="tenancy-identity__error" role="alert">
          We could not confirm your identity. Your letting agent will contact you.
        </p>
      )}
      <iframe className="tenancy-identity__frame" src={frameUrl} title="Identity check" allow="camera;fullscreen" />
    </section>
  );
}
