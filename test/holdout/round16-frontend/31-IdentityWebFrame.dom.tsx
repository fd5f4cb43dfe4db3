'use dom';
// Expo DOM component (SDK 52+): the identity frame rendered in a web view by the native app.
import { useEffect, useState } from 'react';
import type { DOMProps } from 'expo/dom';

export default function IdentityWebFrame({ url, onVerified }: { url: string; onVerified: (reference: string) => Promise<void>; dom?: DOMProps }) {
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    function receive(event: MessageEvent) {
      if (typeof event.data !== 'string') return;
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onVerified(data.transactionReference);
      else if (data.payload.value === 'error') setFailed(true);
    }
    window.addEventListener('message', receive);
    return () => window.removeEventListener('message', receive);
  }, [onVerified]);

  return failed ? <p>Could not verify your identity.</p> : <iframe src={url} title="Identity verification" allow="camera;fullscreen" style={{ border: 0, width: '100%', height: 660 }} />;
}
