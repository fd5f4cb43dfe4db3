'use client';
// React 19: the listener lives in the iframe's ref callback, which returns its own cleanup.
import { useState } from 'react';

export function KycStep({ url, onDone }: { url: string; onDone: (reference: string) => void }) {
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  return (
    <section className="kyc-step">
      {status === 'failed' && <p role="alert">We could not verify you. Please try again.</p>}
      <iframe
        ref={(node) => {
          if (!node) return;
          const onMessage = (e: MessageEvent) => {
            if (typeof e.data !== 'string') return;
            const data = JSON.parse(e.data);
            if (data.payload.value === 'loaded') setStatus('ready');
            if (data.payload.value === 'error') {
              console.warn('identity check error', data.payload.metainfo?.code);
              setStatus('failed');
            }
            if (data.payload.value === 'success') onDone(data.transactionReference);
          };
          window.addEventListener('message', onMessage);
          return () => window.removeEventListener('message', onMessage);
        }}
        src={url}
        title="Identity verification"
        allow="camera;fullscreen"
        allowFullScreen
      />
    </section>
  );
}
