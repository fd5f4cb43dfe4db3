import { useEffect, useState } from 'react';

export function Kyc({ href, perms }: { href?: string; perms: string }) {
  const [ref, setRef] = useState('');
  useEffect(() => {
    const listener = (event: MessageEvent) => {
      const data = JSON.parse(event.data);
      if (data.payload.value === 'error') console.error(data.payload.metainfo.code);
      setRef(data.transactionReference);
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);
  return (
    <div>
      <p>{ref}</p>
      {/* TODO(netverify-migrate): iframe-allow: the iframe's allow value is computed: the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen (an iframe on a page with a proven Jumio message handler) */}
      {href && <iframe src={href} allow={perms} allowFullScreen />}
    </div>
  );
}
