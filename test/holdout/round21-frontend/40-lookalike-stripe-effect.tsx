// Card payment step: Stripe's hosted 3-D Secure challenge in an iframe.
import { useEffect, useState } from 'react';

type Props = { challengeUrl: string; onAuthorised: (reference: string) => void; onDeclined: (code?: number) => void };

export function CardChallengeStep({ challengeUrl, onAuthorised, onDeclined }: Props) {
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const { origin } = event;
      if (!origin.startsWith('https://') || !origin.endsWith('.stripe.com')) return;
      let data: any;
      try {
        data = typeof event.data === 'string' ? JSON.parse(event.data) : undefined;
      } catch {
        return;
      }
      switch (data?.payload?.value) {
        case 'loaded':
          setLoading(false);
          break;
        case 'success':
          onAuthorised(data?.transactionReference ?? '');
          break;
        case 'error':
          onDeclined(data?.payload?.metainfo?.code);
          break;
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onAuthorised, onDeclined]);

  return (
    <section className="card-challenge">
      {loading && <p>Contacting your bank…</p>}
      <iframe title="3-D Secure" src={challengeUrl} allow={"payment; fullscreen"} width="100%" height={600} />
    </section>
  );
}
