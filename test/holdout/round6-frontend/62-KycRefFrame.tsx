import { useEffect, useRef } from 'react';

export function KycRefFrame({ src, onDone }: { src: string; onDone: (ref: string) => void }) {
  const frameRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (frameRef.current) frameRef.current.allow = 'camera;fullscreen';
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onDone(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);

  return <iframe ref={frameRef} src={src} title="Identity check" />;
}
