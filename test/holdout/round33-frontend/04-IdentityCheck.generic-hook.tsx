// Identity check of the loan application (React). Window messages go through one generic hook: it parses what is
// posted and hands on only what the given type guard accepts, already typed.
import { useCallback, useEffect, useState } from 'react';

interface JumioMessage {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

function isJumioMessage(value: unknown): value is JumioMessage {
  return typeof value === 'object' && value !== null && 'transactionReference' in value && 'payload' in value;
}

/** Subscribes to window messages for the lifetime of the component; `guard` decides what reaches `onMessage`. */
function useWindowMessage<T>(guard: (value: unknown) => value is T, onMessage: (message: T) => void): void {
  useEffect(() => {
    function listener(event: MessageEvent) {
      if (typeof event.data !== 'string') return;
      let value: unknown;
      try {
        value = JSON.parse(event.data);
      } catch {
        return;
      }
      if (guard(value)) onMessage(value);
    }
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [guard, onMessage]);
}

export interface IdentityCheckProps {
  frameUrl: string;
  onVerified(reference: string): void;
}

export default function IdentityCheck({ frameUrl, onVerified }: IdentityCheckProps) {
  const [step, setStep] = useState<JumioMessage['payload']['value'] | 'waiting'>('waiting');
  const [errorCode, setErrorCode] = useState<number>();

  const handleMessage = useCallback(
    (message: JumioMessage) => {
      setStep(message.payload.value);
      if (message.payload.value === 'loaded') return;
      if (message.payload.value === 'success') onVerified(message.transactionReference);
      if (message.payload.value === 'error') setErrorCode(message.payload.metainfo?.code);
    },
    [onVerified],
  );

  useWindowMessage(isJumioMessage, handleMessage);

  return (
    <div className="identity-check" data-step={step}>
      <iframe src={frameUrl} title="Identity check" allow="camera;fullscreen" allowFullScreen />
      {errorCode !== undefined ? <p role="alert">The check stopped (code {errorCode}).</p> : null}
    </div>
  );
}
