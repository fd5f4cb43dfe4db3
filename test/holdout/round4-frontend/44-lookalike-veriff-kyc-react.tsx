import { useEffect } from 'react';

// Identity verification through Veriff InContext (KYC for the US entity).
export function VeriffKycFrame({ url, onDone }: { url: string; onDone: (reference: string) => void }) {
  useEffect(() => {
    const handler = (e: MessageEvent) => {
      if (e.origin !== 'https://magic.veriff.me') return;
      const data = JSON.parse(e.data);
      if (data.payload?.value === 'success' || data.status === 'FINISHED') onDone(data.transactionReference ?? data.sessionId);
    };
    window.addEventListener('message', handler);
    return () => window.removeEventListener('message', handler);
  }, [onDone]);

  return <iframe src={url} width="100%" height="700" allow="camera;fullscreen;microphone" allowFullScreen />;
}
