// Larchmont Building Society — mortgage application, step 4 "Confirm it is you" (React 18).
// The Netverify web client opens in a full-screen overlay rendered through a portal into document.body, so that the
// application form's stacking context and `overflow: hidden` cannot clip it. The overlay only draws the frame; the
// step below owns the session, the open flag and the message listener, which lives only while the overlay is open.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

interface OverlayProps {
  frameUrl: string;
  onClose: () => void;
}

function IdentityOverlay({ frameUrl, onClose }: OverlayProps) {
  return createPortal(
    <div className="identity-overlay" role="dialog" aria-modal="true" aria-label="Identity check">
      <button type="button" className="identity-overlay__close" onClick={onClose}>
        Close
      </button>
      <iframe
        className="identity-overlay__frame"
        title="Identity check"
        src={frameUrl}
        loading="lazy"
        allow="camera;fullscreen"
        width="100%"
        height="100%"
      />
    </div>,
    document.body,
  );
}

interface StepProps {
  applicationId: string;
  onVerified: (reference: string) => void;
}

export default function IdentityCheckStep({ applicationId, onVerified }: StepProps) {
  const [frameUrl, setFrameUrl] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<number | null>(null);

  async function start() {
    setFailure(null);
    // our API starts the Netverify transaction and answers with the web client's URL
    const res = await fetch(`/api/applications/${applicationId}/identity-session`, { method: 'POST' });
    const session: { frameUrl: string } = await res.json();
    setFrameUrl(session.frameUrl);
    setOpen(true);
  }

  useEffect(() => {
    if (!open) return;
    const onMessage = (event: MessageEvent) => {
      if (!new URL(event.origin).hostname.endsWith('.netverify.com')) return;
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        setOpen(false);
        onVerified(data.transactionReference);
      } else if (data.payload.value === 'error') {
        setOpen(false);
        setFailure(data.payload.metainfo?.code ?? 0);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [open, onVerified]);

  return (
    <section className="identity-step">
      <h2>Confirm it is you</h2>
      <p>We compare a short video of your face with the photo ID you gave us when you joined.</p>
      {failure !== null && (
        <p role="alert" className="identity-step__error">
          The identity check stopped (code {failure}). Please try again.
        </p>
      )}
      <button type="button" onClick={start} disabled={open}>
        Start the identity check
      </button>
      {open && frameUrl && <IdentityOverlay frameUrl={frameUrl} onClose={() => setOpen(false)} />}
    </section>
  );
}
