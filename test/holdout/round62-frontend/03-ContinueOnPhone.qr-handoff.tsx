// "Continue on your phone" in Kestrel Motor Finance's online credit application (React 18, React Router 6). Most
// applicants start on a laptop without a usable camera, so this route shows the Netverify web client's URL as a QR
// code, and the laptop waits while the applicant photographs their driving licence and takes a selfie on their phone.
// Jumio then sends the PHONE back to this same route (successUrl and errorUrl point here), where it only says to go
// back to the computer; the laptop learns the outcome from our status API, which Jumio's callback updates.
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { QRCodeSVG } from 'qrcode.react';

/** Our API's answer: the web client's URL and the Jumio reference it was opened for. */
interface Handoff {
  redirectUrl: string;
  transactionReference: string;
  expiresAt: string;
}

type HandoffState = 'waiting' | 'verified' | 'rejected' | 'expired';

const POLL_MS = 4000;

function BackToComputer({ status, reference }: { status: string; reference: string | null }) {
  const done = status === 'SUCCESS';
  return (
    <section className="handoff handoff--phone">
      <h1>{done ? 'All done on this device' : 'The identity check stopped'}</h1>
      <p>{done ? 'Go back to your computer to finish your application.' : 'Go back to your computer to start again.'}</p>
      {reference && <p className="handoff__ref">Reference {reference}</p>}
    </section>
  );
}

export default function ContinueOnPhone() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  const [state, setState] = useState<HandoffState>('waiting');

  // Only set on the phone's return visit.
  const returnedStatus = params.get('transactionStatus');
  const returnedReference = params.get('transactionReference');

  useEffect(() => {
    if (returnedStatus) return;
    let cancelled = false;
    fetch('/api/credit-applications/current/identity-handoff', { method: 'POST', credentials: 'include' })
      .then((res) => res.json() as Promise<Handoff>)
      .then((next) => {
        if (!cancelled) setHandoff(next);
      })
      .catch(() => setState('expired'));
    return () => {
      cancelled = true;
    };
  }, [returnedStatus]);

  useEffect(() => {
    if (!handoff || state !== 'waiting') return;
    const timer = window.setInterval(async () => {
      const res = await fetch(`/api/identity/status?transactionReference=${encodeURIComponent(handoff.transactionReference)}`, {
        credentials: 'include',
      });
      if (!res.ok) return;
      const { state: next } = (await res.json()) as { state: HandoffState };
      if (next !== 'waiting') setState(next);
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [handoff, state]);

  useEffect(() => {
    if (state === 'verified') navigate('/apply/vehicle', { replace: true });
  }, [state, navigate]);

  if (returnedStatus) return <BackToComputer status={returnedStatus} reference={returnedReference} />;

  return (
    <section className="handoff">
      <h1>Continue on your phone</h1>
      <p>Scan the code with your phone's camera. Keep this page open: it moves on by itself once you are done.</p>
      {handoff ? (
        <QRCodeSVG value={handoff.redirectUrl} size={224} level="M" marginSize={2} title="Identity check on your phone" />
      ) : (
        <div className="handoff__placeholder" aria-busy="true" />
      )}
      {state === 'rejected' && <p className="handoff__error">We could not confirm your identity. Please call us on 0345 600 1234.</p>}
      {state === 'expired' && <p className="handoff__error">The code has expired. Reload the page for a new one.</p>}
      {handoff && (
        <p className="handoff__alt">
          Your computer has a camera?{' '}
          <a href={handoff.redirectUrl} target="_blank" rel="noopener">
            Open the identity check in a new tab
          </a>
          .
        </p>
      )}
    </section>
  );
}
