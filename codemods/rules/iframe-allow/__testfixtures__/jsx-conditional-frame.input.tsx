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
      {href && <iframe src={href} allow={perms} allowFullScreen />}
    </div>
  );
}
