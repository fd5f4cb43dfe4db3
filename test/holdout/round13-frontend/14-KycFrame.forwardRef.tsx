// Identity-check frame with an imperative reload handle (React 18 forwardRef).
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

export type KycFrameHandle = { reload(): void };
type Props = { src: string; onDone(reference: string): void; onError(code: number): void };

export const KycFrame = forwardRef<KycFrameHandle, Props>(function KycFrame({ src, onDone, onError }, ref) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  useImperativeHandle(ref, () => ({ reload() { if (frameRef.current) frameRef.current.src = src; } }), [src]);

  useEffect(() => {
    function onMessage(e: MessageEvent) {
      if (e.origin !== new URL(src).origin) return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') onDone(data.transactionReference);
      if (data.payload.value === 'error') onError(data.payload.metainfo.code);
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [src, onDone, onError]);

  return <iframe ref={frameRef} src={src} allow="camera; fullscreen" allowFullScreen title="Identity check" width="100%" height={660} />;
});
