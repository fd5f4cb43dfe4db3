// Face login for returning members (React 18, socket.io-client 4). Our back end starts a Netverify authentication
// against the member's enrolment and hands us the web-client URL; the page frames it and, once the web client reports
// success, asks the back end to watch that transaction. Jumio's callback goes to our back end, which relays the result
// to this page over the `/face-login` socket namespace (services/face-login-relay.ts forwards the callback's own
// transactionReference and transactionResult, plus a session token when it passed) — the page never polls.
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';

const WEB_CLIENT_ORIGIN = 'https://quayside.netverify.com';

type Phase = 'starting' | 'capturing' | 'checking' | 'signed-in' | 'rejected' | 'error';

/** What services/face-login-relay.ts emits: the callback's fields as Jumio posted them to us. */
interface FaceLoginResult {
  transactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  sessionToken?: string;
}

interface FaceLoginProps {
  memberId: string;
  onSignedIn: (sessionToken: string) => void;
}

export function FaceLogin({ memberId, onSignedIn }: FaceLoginProps) {
  const [frameUrl, setFrameUrl] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('starting');
  const [reference, setReference] = useState<string | null>(null);
  const socketRef = useRef<Socket | null>(null);
  const pendingReference = useRef<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch('/api/face-login/start', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId }),
    })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`start failed: ${res.status}`))))
      .then((body: { frameUrl: string }) => {
        if (cancelled) return;
        setFrameUrl(body.frameUrl);
        setPhase('capturing');
      })
      .catch(() => {
        if (!cancelled) setPhase('error');
      });
    return () => {
      cancelled = true;
    };
  }, [memberId]);

  useEffect(() => {
    const socket = io('/face-login', { auth: { memberId }, transports: ['websocket'] });
    socketRef.current = socket;
    socket.on('face-login:result', ({ transactionReference, transactionResult, sessionToken }: FaceLoginResult) => {
      if (transactionReference !== pendingReference.current) return;
      if (transactionResult === 'PASSED' && sessionToken) {
        setPhase('signed-in');
        onSignedIn(sessionToken);
      } else {
        setPhase('rejected');
      }
    });
    return () => {
      socket.disconnect();
      socketRef.current = null;
    };
  }, [memberId, onSignedIn]);

  useEffect(() => {
    function onFrameMessage(event: MessageEvent) {
      if (event.origin !== WEB_CLIENT_ORIGIN) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        pendingReference.current = data.transactionReference;
        setReference(data.transactionReference);
        setPhase('checking');
        socketRef.current?.emit('face-login:watch', { transactionReference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        setPhase('error');
      }
    }
    window.addEventListener('message', onFrameMessage);
    return () => window.removeEventListener('message', onFrameMessage);
  }, []);

  return (
    <section className="face-login">
      <h1>Sign in with your face</h1>
      {phase === 'starting' && <p>Preparing the face check…</p>}
      {phase === 'capturing' && frameUrl && (
        <iframe className="face-login__frame" title="Face check" src={frameUrl} width="100%" height="640" allow="camera;fullscreen" />
      )}
      {phase === 'checking' && <p role="status">Checking your selfie… (reference {reference})</p>}
      {phase === 'rejected' && <p role="alert">We could not confirm it's you. Please sign in with your password.</p>}
      {phase === 'error' && <p role="alert">The face check is unavailable right now. Please try again later.</p>}
    </section>
  );
}
