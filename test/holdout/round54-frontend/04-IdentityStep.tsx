// Identity step of Harrow Mutual's protection application (React 18).
// The shell's CSP only allows frames from our own origin, so this step frames our relay page (03-identity-relay.html),
// which frames the Netverify web client and passes every event of the client up to this window unchanged.
import { useEffect, useRef, useState } from 'react';

/** An event of the web client, as the relay passes it on (the JSON string the client posted). */
interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

type Props = {
  onVerified: (reference: string) => void;
  onFailed: (code: number | null) => void;
};

export function IdentityStep({ onVerified, onFailed }: Props) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [phase, setPhase] = useState<'loading' | 'capturing' | 'checking'>('loading');

  useEffect(() => {
    function onRelayedMessage(event: MessageEvent) {
      // Only the relay page talks to this window, and it runs on our own origin.
      if (event.origin !== window.location.origin || event.source !== frameRef.current?.contentWindow) return;
      if (typeof event.data !== 'string') return;
      let data: WebClientEvent;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      switch (data.payload.value) {
        case 'loaded':
          setPhase('capturing');
          break;
        case 'success':
          setPhase('checking');
          onVerified(data.transactionReference);
          break;
        case 'error':
          onFailed(data.payload.metainfo?.code ?? null);
          break;
      }
    }

    window.addEventListener('message', onRelayedMessage);
    return () => window.removeEventListener('message', onRelayedMessage);
  }, [onVerified, onFailed]);

  return (
    <section className="identity-step">
      {phase === 'loading' && <p className="identity-step__hint">Loading the identity check…</p>}
      {phase === 'checking' && <p className="identity-step__hint">Thanks, we are checking your photo and ID.</p>}
      <iframe
        ref={frameRef}
        src="03-identity-relay.html"
        title="Identity check"
        className="identity-step__frame"
        allow="camera;fullscreen"
      />
    </section>
  );
}
