// Trevanion Outdoor — checkout, step 3 "Confirm the payment with your bank" (React 18).
// Corvid Pay's 3-D Secure challenge opens in a full-screen overlay rendered through a portal into document.body, so
// that the checkout's stacking context and `overflow: hidden` cannot clip it. The overlay only draws the frame; the
// step below owns the challenge, the open flag and the message listener, which lives only while the overlay is open.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

interface OverlayProps {
  challengeUrl: string;
  onClose: () => void;
}

function ChallengeOverlay({ challengeUrl, onClose }: OverlayProps) {
  return createPortal(
    <div className="challenge-overlay" role="dialog" aria-modal="true" aria-label="Confirm the payment">
      <button type="button" className="challenge-overlay__close" onClick={onClose}>
        Close
      </button>
      <iframe
        className="challenge-overlay__frame"
        title="3-D Secure challenge"
        src={challengeUrl}
        loading="lazy"
        allow="payment"
        width="100%"
        height="100%"
      />
    </div>,
    document.body,
  );
}

interface StepProps {
  orderId: string;
  onAuthorised: (reference: string) => void;
}

export default function CardChallengeStep({ orderId, onAuthorised }: StepProps) {
  const [challengeUrl, setChallengeUrl] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<number | null>(null);

  async function start() {
    setFailure(null);
    // our API asks Corvid Pay for the issuer's challenge and answers with its URL
    const res = await fetch(`/api/orders/${orderId}/card-challenge`, { method: 'POST' });
    const challenge: { challengeUrl: string } = await res.json();
    setChallengeUrl(challenge.challengeUrl);
    setOpen(true);
  }

  useEffect(() => {
    if (!open) return;
    const onMessage = (event: MessageEvent) => {
      if (!new URL(event.origin).hostname.endsWith('.corvidpay.example')) return;
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'authenticated') {
        setOpen(false);
        onAuthorised(data.transactionReference);
      } else if (data.payload.value === 'rejected') {
        setOpen(false);
        setFailure(data.payload.metainfo?.code ?? 0);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [open, onAuthorised]);

  return (
    <section className="challenge-step">
      <h2>Confirm the payment with your bank</h2>
      <p>Your bank may ask for a code from its app or a text message (3-D Secure).</p>
      {failure !== null && (
        <p role="alert" className="challenge-step__error">
          Your bank did not confirm the payment (code {failure}). Please try again or use another card.
        </p>
      )}
      <button type="button" onClick={start} disabled={open}>
        Continue to your bank
      </button>
      {open && challengeUrl && <ChallengeOverlay challengeUrl={challengeUrl} onClose={() => setOpen(false)} />}
    </section>
  );
}
