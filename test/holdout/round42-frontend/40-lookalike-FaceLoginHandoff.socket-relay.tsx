// Face login handed off to the phone (React 18, socket.io-client 4). On a desktop without a camera the member scans a
// QR code and takes the selfie on their phone; this page only follows along. Our back end relays what it hears over
// the `/face-login` socket namespace: the phone page's web-client events as the Netverify web client posted them (the
// JSON string, forwarded by services/face-login-relay.ts) and, at the end, Jumio's callback for the transaction
// (its own transactionReference and transactionResult, plus a session token when it passed).
import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import { QRCodeSVG } from 'qrcode.react';

type Phase = 'waiting-for-phone' | 'capturing' | 'checking' | 'signed-in' | 'rejected';

/** What services/face-login-relay.ts emits: the callback's fields as Jumio posted them to us. */
interface FaceLoginResult {
  transactionReference: string;
  transactionResult: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  sessionToken?: string;
}

interface FaceLoginHandoffProps {
  memberId: string;
  handoffUrl: string;
  onSignedIn: (sessionToken: string) => void;
}

export function FaceLoginHandoff({ memberId, handoffUrl, onSignedIn }: FaceLoginHandoffProps) {
  const [phase, setPhase] = useState<Phase>('waiting-for-phone');
  const [reference, setReference] = useState<string | null>(null);
  const [errorCode, setErrorCode] = useState<number | null>(null);

  useEffect(() => {
    let pendingReference: string | null = null;
    const socket = io('/face-login', { auth: { memberId }, transports: ['websocket'] });

    // The phone's web-client events, relayed as posted: a JSON string.
    socket.on('face-login:frame-event', (raw: string) => {
      const data = JSON.parse(raw);
      if (data.payload.value === 'loaded') {
        setPhase('capturing');
      } else if (data.payload.value === 'success') {
        pendingReference = data.transactionReference;
        setReference(data.transactionReference);
        setPhase('checking');
      } else if (data.payload.value === 'error') {
        setErrorCode(data.payload.metainfo?.code ?? null);
        setPhase('waiting-for-phone');
      }
    });

    socket.on('face-login:result', ({ transactionReference, transactionResult, sessionToken }: FaceLoginResult) => {
      if (transactionReference !== pendingReference) return;
      if (transactionResult === 'PASSED' && sessionToken) {
        setPhase('signed-in');
        onSignedIn(sessionToken);
      } else {
        setPhase('rejected');
      }
    });

    return () => {
      socket.disconnect();
    };
  }, [memberId, onSignedIn]);

  return (
    <section className="face-login">
      <h1>Sign in with your face</h1>
      {phase === 'waiting-for-phone' && (
        <>
          <p>Scan the code with your phone and follow the instructions there.</p>
          {errorCode !== null && <p role="alert">The face check on your phone stopped (code {errorCode}). Scan again to retry.</p>}
          <QRCodeSVG value={handoffUrl} size={192} />
        </>
      )}
      {phase === 'capturing' && <p role="status">Take the selfie on your phone…</p>}
      {phase === 'checking' && <p role="status">Checking your selfie… (reference {reference})</p>}
      {phase === 'rejected' && <p role="alert">We could not confirm it's you. Please sign in with your password.</p>}
    </section>
  );
}
