'use client';
// Suspends on the session promise with React 19's use(); our API answers { redirectUrl } for the Netverify client.
import { use, useEffect } from 'react';

type KycSession = { redirectUrl: string; userId: string };

export default function VerifyIdentity({ session, onFinished }: { session: Promise<KycSession>; onFinished(ref: string | null): void }) {
  const { redirectUrl } = use(session);

  useEffect(() => {
    function receive(event: MessageEvent) {
      if (event.origin !== 'https://acme.netverify.com') return;
      const message = JSON.parse(event.data);
      switch (message.payload.value) {
        case 'success':
          onFinished(message.transactionReference);
          break;
        case 'error':
          onFinished(null);
          break;
      }
    }
    window.addEventListener('message', receive);
    return () => window.removeEventListener('message', receive);
  }, [onFinished]);

  return <iframe src={redirectUrl} className="h-[660px] w-full" allow="camera;fullscreen" allowFullScreen title="Verify your identity" />;
}
