import { useEffect, useState } from 'react';

interface Props {
  url: string;
  onDone: (ref: string) => void;
}

export function VerifyFrame({ url, onDone }: Props) {
  const [error, setError] = useState<number | null>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent<string>) => {
      if (!/^https:\/\/([a-z0-9-]+\.)?netverify\.com$/.test(event.origin)) return;
      const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
      if (data?.payload?.value === 'success') {
        onDone(data?.transactionReference);
      }
      if (data?.payload?.value === 'error') {
        setError(data.payload.metainfo?.code ?? 9801);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onDone]);

  return (
    <>
      {error && <div role="alert">Error {error}</div>}
      <iframe src={url} allow="camera;fullscreen" allowFullScreen width="640" height="660" />
    </>
  );
}
