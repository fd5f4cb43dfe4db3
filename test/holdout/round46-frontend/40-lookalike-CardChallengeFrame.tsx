'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';

// The card issuer's 3-D Secure challenge page (ACS) posts its progress to this window as JSON strings. Only the ACS
// may talk to us; middleware.ts names the same origin in the CSP frame-src and in the payment Permissions-Policy.
const ACS_ORIGIN = 'https://acs.harbourcard.example';

interface ChallengeMessage {
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
  challengeUrl: string;
  onAuthorised: (reference: string) => void;
};

type Status = 'loading' | 'ready' | 'failed';

export default function CardChallengeFrame({ challengeUrl, onAuthorised }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>('loading');
  const [errorCode, setErrorCode] = useState<number | null>(null);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== ACS_ORIGIN) return;
      let message: ChallengeMessage;
      try {
        message = JSON.parse(event.data) as ChallengeMessage;
      } catch {
        return;
      }
      switch (message.payload.value) {
        case 'loaded':
          setStatus('ready');
          break;
        case 'success':
          onAuthorised(message.transactionReference);
          router.push('/checkout/complete');
          break;
        case 'error':
          setStatus('failed');
          setErrorCode(message.payload.metainfo?.code ?? null);
          break;
      }
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onAuthorised, router]);

  return (
    <section className="card-challenge" aria-busy={status === 'loading'}>
      {status === 'failed' && (
        <p role="alert">
          Your bank could not confirm the payment (code {errorCode ?? 'unknown'}). Please try another card.
        </p>
      )}
      <iframe
        src={challengeUrl}
        title="Card payment confirmation"
        width="100%"
        height={600}
        allow="payment"
        referrerPolicy="strict-origin-when-cross-origin"
      />
    </section>
  );
}
