import { useEffect, useState } from 'react';
import { identityFrameEvents, type IdentityOutcome } from './01-identity-frame-events';
import settings from './01-app-settings';
import { Spinner } from '../ui/Spinner';
import { Button } from '../ui/Button';

interface IdentityCheckProps {
  /** The web-client URL our back end got for this session. */
  frameUrl: string;
  onVerified(reference: string): void;
  onRestart(): void;
}

export function IdentityCheck({ frameUrl, onVerified, onRestart }: IdentityCheckProps) {
  const [outcome, setOutcome] = useState<IdentityOutcome | null>(null);
  const [timedOut, setTimedOut] = useState(false);

  useEffect(() => {
    const unsubscribe = identityFrameEvents.subscribe(setOutcome);
    window.addEventListener('message', identityFrameEvents.handleMessage);
    return () => {
      window.removeEventListener('message', identityFrameEvents.handleMessage);
      unsubscribe();
    };
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => setTimedOut(true), settings.identity.sessionTimeoutMs);
    return () => window.clearTimeout(timer);
  }, [frameUrl]);

  useEffect(() => {
    if (outcome?.kind === 'verified') onVerified(outcome.reference);
  }, [outcome, onVerified]);

  if (outcome?.kind === 'failed' || timedOut) {
    return (
      <section className="identity-check identity-check--failed">
        <h2>We could not finish the identity check</h2>
        {outcome?.kind === 'failed' && (
          <p>
            Error {outcome.code ?? 'unknown'} — quote reference {outcome.reference} if you contact us.
          </p>
        )}
        <p>
          <a href={settings.identity.supportArticle}>What can go wrong and how to fix it</a>
        </p>
        {settings.featureFlags.identityRetryButton && <Button onClick={onRestart}>Start again</Button>}
      </section>
    );
  }

  return (
    <section className="identity-check">
      {outcome === null && <Spinner label="Loading the identity check…" />}
      <iframe
        title="Identity check"
        src={frameUrl}
        className="identity-check__frame"
        allow="camera;fullscreen"
        allowFullScreen
      />
    </section>
  );
}
