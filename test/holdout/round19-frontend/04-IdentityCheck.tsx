import { useCallback, useState } from 'react';
import { useJumioMessages, type JumioOutcome } from './03-useJumioMessages';

interface IdentityCheckProps {
  frameUrl: string;
  onVerified: (reference: string) => void;
}

export function IdentityCheck({ frameUrl, onVerified }: IdentityCheckProps) {
  const [error, setError] = useState<number | null>(null);

  const handleOutcome = useCallback(
    (outcome: JumioOutcome) => {
      if (outcome.status === 'success') onVerified(outcome.reference);
      else setError(outcome.errorCode ?? 0);
    },
    [onVerified],
  );
  useJumioMessages(handleOutcome);

  return (
    <section className="identity-check">
      {error !== null && <p role="alert">Verification failed ({error}). Please try again.</p>}
      <iframe title="Identity check" src={frameUrl} width="100%" height={660} allow="camera;fullscreen" allowFullScreen />
    </section>
  );
}
