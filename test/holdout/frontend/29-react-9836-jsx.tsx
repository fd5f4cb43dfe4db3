import { useEffect, useState } from 'react';

export function JumioStep({ href }: { href: string }) {
  const [code, setCode] = useState<number | null>(null);
  const [ref, setRef] = useState<string>('');

  useEffect(() => {
    const listener = (event: MessageEvent) => {
      const data = JSON.parse(event.data);
      if (data.eventType === 510) {
        setRef(data.transactionReference);
        if (data.payload.value === 'error') setCode(data.payload.metainfo.code);
      }
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);

  return (
    <div>
      <iframe src={href} allow="camera;fullscreen" allowFullScreen />
      {code === 9836 && (
        <p className="error">Too many attempts. Reference: {ref}</p>
      )}
    </div>
  );
}
