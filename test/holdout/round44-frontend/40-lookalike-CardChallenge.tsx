import { useEffect, useState } from 'react';
import { cardChallengeEvents, type ChallengeOutcome } from './40-lookalike-card-challenge-events';
import settings from './40-lookalike-checkout-settings';
import { Spinner } from '../ui/Spinner';
import { Button } from '../ui/Button';

interface CardChallengeProps {
  /** The ACS challenge URL our payment back end got for this card payment. */
  challengeUrl: string;
  onAuthenticated(reference: string): void;
  onRestart(): void;
}

export function CardChallenge({ challengeUrl, onAuthenticated, onRestart }: CardChallengeProps) {
  const [outcome, setOutcome] = useState<ChallengeOutcome | null>(null);
  const [timedOut, setTimedOut] = useState(false);

  useEffect(() => {
    const unsubscribe = cardChallengeEvents.subscribe(setOutcome);
    window.addEventListener('message', cardChallengeEvents.handleMessage);
    return () => {
      window.removeEventListener('message', cardChallengeEvents.handleMessage);
      unsubscribe();
    };
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => setTimedOut(true), settings.cardChallenge.challengeTimeoutMs);
    return () => window.clearTimeout(timer);
  }, [challengeUrl]);

  useEffect(() => {
    if (outcome?.kind === 'authenticated') onAuthenticated(outcome.reference);
  }, [outcome, onAuthenticated]);

  if (outcome?.kind === 'rejected' || timedOut) {
    return (
      <section className="card-challenge card-challenge--failed">
        <h2>Your bank could not confirm this payment</h2>
        {outcome?.kind === 'rejected' && (
          <p>
            Error {outcome.code ?? 'unknown'} — quote reference {outcome.reference} if you contact us.
          </p>
        )}
        <p>
          <a href={settings.cardChallenge.supportArticle}>Why banks ask for this and what to do</a>
        </p>
        {settings.featureFlags.challengeRetryButton && <Button onClick={onRestart}>Try again</Button>}
      </section>
    );
  }

  return (
    <section className="card-challenge">
      {outcome === null && <Spinner label="Contacting your bank…" />}
      <iframe
        title="Card verification"
        src={challengeUrl}
        className="card-challenge__frame"
        allow="payment"
        sandbox="allow-forms allow-scripts allow-same-origin"
      />
    </section>
  );
}
