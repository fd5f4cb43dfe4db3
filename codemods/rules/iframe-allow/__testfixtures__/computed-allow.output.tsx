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
  // TODO(netverify-migrate): iframe-allow: the iframe's allow value is computed: the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen (an iframe on a page with a proven Jumio message handler)
  return <iframe src={src} allow={PERMISSIONS} allowFullScreen />;
}
