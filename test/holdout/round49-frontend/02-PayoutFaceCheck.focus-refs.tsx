import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

// What the Netverify web client posts to this window (a JSON string).
interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

// Any of our white-label hosts (the sandbox and production tenants differ).
const WEB_CLIENT_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;
const WATCHDOG_MS = 30_000;

type Phase = 'loading' | 'capturing' | 'verified' | 'failed' | 'stalled';

interface PayoutFaceCheckProps {
  frameUrl: string;
  onVerified(reference: string): void;
  onRestart(): void;
}

export function PayoutFaceCheck({ frameUrl, onVerified, onRestart }: PayoutFaceCheckProps) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [errorCode, setErrorCode] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const restartButton = useRef<HTMLButtonElement>(null);
  const watchdog = useRef<number | undefined>(undefined);

  // Focus can only move once React has rendered the heading or the button: flushSync commits first.
  const settle = useCallback((next: Phase, text: string, focus: { current: HTMLElement | null }) => {
    flushSync(() => {
      setPhase(next);
      setAnnouncement(text);
    });
    focus.current?.focus();
  }, []);

  // A ref callback: the watchdog starts when React inserts the frame and stops when it removes it.
  const frameMounted = useCallback(
    (frame: HTMLIFrameElement | null) => {
      window.clearTimeout(watchdog.current);
      if (!frame) return;
      watchdog.current = window.setTimeout(() => {
        settle('stalled', 'The face check did not start. You can try again.', restartButton);
      }, WATCHDOG_MS);
    },
    [settle],
  );

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
      let message: WebClientEvent;
      try {
        message = JSON.parse(event.data) as WebClientEvent;
      } catch {
        return;
      }
      window.clearTimeout(watchdog.current);

      switch (message.payload.value) {
        case 'loaded':
          setPhase('capturing');
          setAnnouncement('The camera check is ready.');
          break;
        case 'success':
          settle('verified', 'Thank you, your face check is complete.', resultHeading);
          onVerified(message.transactionReference);
          break;
        case 'error':
          setErrorCode(message.payload.metainfo?.code ?? null);
          settle('failed', `The face check stopped (code ${message.payload.metainfo?.code ?? 'unknown'}).`, restartButton);
          break;
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified, settle]);

  return (
    <section className="face-check" aria-busy={phase === 'loading'}>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {phase === 'verified' ? (
        <h2 ref={resultHeading} tabIndex={-1} className="face-check__result">
          You're verified — the payout is on its way
        </h2>
      ) : phase === 'failed' || phase === 'stalled' ? (
        <div className="face-check__problem">
          <p>{phase === 'stalled' ? 'The face check did not load.' : `The face check stopped (code ${errorCode ?? 'unknown'}).`}</p>
          <button ref={restartButton} type="button" onClick={onRestart}>
            Try again
          </button>
        </div>
      ) : (
        <>
          {phase === 'loading' && <div className="face-check__skeleton" aria-hidden="true" />}
          <iframe
            key={frameUrl}
            ref={frameMounted}
            src={frameUrl}
            title="Face check"
            className={phase === 'loading' ? 'face-check__frame face-check__frame--hidden' : 'face-check__frame'}
            allow="camera;fullscreen"
          />
        </>
      )}
    </section>
  );
}
