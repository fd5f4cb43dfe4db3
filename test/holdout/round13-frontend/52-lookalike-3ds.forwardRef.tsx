// 3-D Secure challenge frame with an imperative reload handle (React 18 forwardRef).
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

export type ChallengeHandle = { reload(): void };
type Props = { acsUrl: string; onDone(transactionReference: string): void };

export const ChallengeFrame = forwardRef<ChallengeHandle, Props>(function ChallengeFrame({ acsUrl, onDone }, ref) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  useImperativeHandle(ref, () => ({ reload() { if (frameRef.current) frameRef.current.src = acsUrl; } }), [acsUrl]);

  useEffect(() => {
    function onMessage(e: MessageEvent) {
      if (e.origin !== new URL(acsUrl).origin) return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') onDone(data.transactionReference);
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [acsUrl, onDone]);

  return <iframe ref={frameRef} src={acsUrl} allow="payment" title="3-D Secure" width="100%" height={600} />;
});
