import React, { useCallback, useEffect, useState } from 'react';

interface Props {
  iframeUrl: string;
  onDone(reference: string): void;
}

export function JumioFrame({ iframeUrl, onDone }: Props) {
  const [status, setStatus] = useState('loading');

  const handleMessage = useCallback(
    (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      const data = JSON.parse(event.data);
      // Only Jumio messages carry a transaction reference.
      if (data.transactionReference) {
        setStatus(data.payload.value);
        if (data.payload.value === 'success') onDone(data.transactionReference);
        if (data.payload.value === 'error') console.warn('Jumio error', data.payload.metainfo?.code);
      }
    },
    [onDone],
  );

  useEffect(() => {
    window.addEventListener('message', handleMessage);
    return () => window.removeEventListener('message', handleMessage);
  }, [handleMessage]);

  return (
    <div>
      <p>{status}</p>
      <iframe src={iframeUrl} title="verify" allow="camera;fullscreen" allowFullScreen />
    </div>
  );
}
