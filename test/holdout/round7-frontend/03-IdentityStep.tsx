import React, { useCallback, useState } from 'react';
import { useEvent } from 'react-use';

const NETVERIFY_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

export function IdentityStep({ redirectUrl, onVerified }: { redirectUrl: string; onVerified: (ref: string) => void }) {
  const [status, setStatus] = useState('loading');

  const onMessage = useCallback(
    (event: MessageEvent) => {
      if (!NETVERIFY_ORIGIN.test(event.origin)) return;
      const data = JSON.parse(event.data);
      setStatus(data.payload.value);
      if (data.payload.value === 'success') onVerified(data.transactionReference);
    },
    [onVerified],
  );

  useEvent('message', onMessage, window);

  return (
    <div>
      <iframe title="Identity check" src={redirectUrl} allow="camera;fullscreen" allowFullScreen />
      <small>{status}</small>
    </div>
  );
}
