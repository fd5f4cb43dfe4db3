// Onboarding step 3: identity check in the embedded Jumio web client.
import { useEffect, useState } from 'react';

type Props = { frameUrl: string; onVerified: (reference: string) => void; onFailed: (code?: number) => void };

export function IdentityStep({ frameUrl, onVerified, onFailed }: Props) {
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const { origin } = event;
      if (!origin.startsWith('https://') || !origin.endsWith('.netverify.com')) return;
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
          onVerified(data?.transactionReference ?? '');
          break;
        case 'error': {
          const code = data?.payload?.metainfo?.code;
          if (code === 9836) {
            onFailed(code);
            return;
          }
          onFailed(code);
          break;
        }
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onVerified, onFailed]);

  return (
    <section className="identity-step">
      {loading && <p className="identity-step__spinner">Loading…</p>}
      <iframe title="Identity check" src={frameUrl} allow={"camera; fullscreen"} width="100%" height={680} />
    </section>
  );
}
