import { useCallback, useEffect, useRef, useState } from 'react';
import { useBeforeUnload, useBlocker, useLocation, useNavigate } from 'react-router-dom';

// New payee, step 2 (React Router 6 data router): a face check in the Netverify web client before the payee is saved.
// While the camera check runs, neither our own links nor a reload may take the member away without asking.
type FaceCheckMessage = {
  authorizationToken: string;
  transactionReference: string;
  dateTime: string;
  eventType: number;
  payload: { value: string; metainfo?: { code: number } };
};

type Phase = 'loading' | 'capturing' | 'verified' | 'failed';

export function PayeeFaceCheck({ frameUrl, payeeDraftId }: { frameUrl: string; payeeDraftId: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const [phase, setPhase] = useState<Phase>('loading');
  const [errorCode, setErrorCode] = useState<number | null>(null);
  // A ref, not state: the success handler navigates away in the same tick, before React renders the new phase.
  const checking = useRef(false);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => checking.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useBeforeUnload(
    useCallback((event: BeforeUnloadEvent) => {
      if (!checking.current) return;
      event.preventDefault();
      event.returnValue = '';
    }, []),
  );

  useEffect(() => {
    function onMessage(event: MessageEvent<string>) {
      if (!event.origin.endsWith('.netverify.com')) return;
      let message: FaceCheckMessage;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.payload.value === 'loaded') {
        checking.current = true;
        setPhase('capturing');
      } else if (message.payload.value === 'success') {
        checking.current = false;
        setPhase('verified');
        navigate(`/payees/new/${payeeDraftId}/confirm`, {
          replace: true,
          state: { faceCheckReference: message.transactionReference, checkedAt: message.dateTime },
        });
      } else if (message.payload.value === 'error') {
        checking.current = false;
        setPhase('failed');
        setErrorCode(message.payload.metainfo?.code ?? null);
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [navigate, payeeDraftId]);

  return (
    <section className="payee-face-check">
      <h2>Confirm it's you</h2>
      {phase === 'failed' ? (
        <p role="alert">
          The face check stopped (code {errorCode ?? 'unknown'}). <a href={location.pathname}>Start again</a>
        </p>
      ) : (
        // Keyed by the history entry: coming back to this step (back button, or a link from the summary) always
        // mounts a new frame instead of showing the finished session again.
        <iframe key={location.key} src={frameUrl} title="Face check for the new payee" allow="camera;fullscreen" allowFullScreen />
      )}
      {blocker.state === 'blocked' && (
        <div role="alertdialog" aria-labelledby="leave-face-check" className="payee-face-check__leave">
          <p id="leave-face-check">Leave the face check? The payee will not be saved.</p>
          <button type="button" onClick={() => blocker.proceed()}>
            Leave
          </button>
          <button type="button" onClick={() => blocker.reset()}>
            Stay
          </button>
        </div>
      )}
    </section>
  );
}
