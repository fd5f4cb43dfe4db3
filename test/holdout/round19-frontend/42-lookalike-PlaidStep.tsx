import { useState } from 'react';
import { usePlaidMessages } from './41-lookalike-usePlaidMessages';

export function PlaidStep({ linkUrl, onDone }: { linkUrl: string; onDone: (reference: string) => void }) {
  const [failed, setFailed] = useState(false);
  usePlaidMessages((status, reference) => {
    if (status === 'success') onDone(reference);
    else setFailed(true);
  });

  return (
    <section className="plaid-step">
      {failed && <p role="alert">Plaid could not verify your identity.</p>}
      <iframe title="Plaid" src={linkUrl} width="100%" height={660} allow="camera;fullscreen" allowFullScreen />
    </section>
  );
}
