import { useEffect } from 'react';

const PERMISSIONS = ['camera', 'fullscreen'].join(';');

export function Kyc({ src }: { src: string }) {
  useEffect(() => {
    function handle(e: MessageEvent) {
      const data = JSON.parse(e.data);
      console.log(data.transactionReference, data.payload.value, data.payload.metainfo?.code);
    }
    window.addEventListener('message', handle);
    return () => window.removeEventListener('message', handle);
  }, []);
  return <iframe src={src} allow={PERMISSIONS} allowFullScreen />;
}
