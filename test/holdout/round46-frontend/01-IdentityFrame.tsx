'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';

// The Netverify web client posts its progress to this window as JSON strings. Only our white-label host may talk to
// us; middleware.ts names the same origin in the CSP frame-src and in the camera/fullscreen Permissions-Policy.
const WEB_CLIENT_ORIGIN = 'https://larkspur.netverify.com';

interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

type Props = {
  sessionUrl: string;
  onVerified: (reference: string) => void;
};

type Status = 'loading' | 'ready' | 'failed';

export default function IdentityFrame({ sessionUrl, onVerified }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>('loading');
  const [errorCode, setErrorCode] = useState<number | null>(null);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== WEB_CLIENT_ORIGIN) return;
      let message: WebClientMessage;
      try {
        message = JSON.parse(event.data) as WebClientMessage;
      } catch {
        return;
      }
      switch (message.payload.value) {
        case 'loaded':
          setStatus('ready');
          break;
        case 'success':
          onVerified(message.transactionReference);
          router.push('/account/verify/done');
          break;
        case 'error':
          setStatus('failed');
          setErrorCode(message.payload.metainfo?.code ?? null);
          break;
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified, router]);

  return (
    <section className="identity-frame" aria-busy={status === 'loading'}>
      {status === 'failed' && (
        <p role="alert">
          We could not check your identity (code {errorCode ?? 'unknown'}). Please reload the page to try again.
        </p>
      )}
      <iframe
        src={sessionUrl}
        title="Identity check"
        width="100%"
        height={660}
        allow="camera;fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    </section>
  );
}
