import { useEffect, useRef } from 'react';

export function KycFrame({ src }: { src: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const frame = frameRef.current!;
    frame.allow = 'camera;fullscreen';
    frame.allowFullscreen = true;
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      console.log('Jumio', JSON.parse(event.data).transactionReference);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return <iframe ref={frameRef} src={src} title="Identity check" allow="camera;fullscreen" allowFullScreen />;
}
