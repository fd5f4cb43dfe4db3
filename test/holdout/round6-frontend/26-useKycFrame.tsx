import { useLayoutEffect, useState } from 'react';

type Outcome = { state: 'pending' } | { state: 'done'; reference: string } | { state: 'failed'; code?: number };

export function KycFrame({ src }: { src: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'pending' });

  useLayoutEffect(() => {
    const controller = new AbortController();
    window.addEventListener(
      'message',
      (event) => {
        if (!event.origin.endsWith('.netverify.com')) return;
        const data = typeof event.data === 'string' ? JSON.parse(event.data) : null;
        if (data?.payload?.value === 'success') setOutcome({ state: 'done', reference: data?.transactionReference });
        if (data?.payload?.value === 'error') setOutcome({ state: 'failed', code: data?.payload?.metainfo?.code });
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, []);

  if (outcome.state === 'done') return <p>Submitted, reference {outcome.reference}</p>;
  return <iframe src={src} title="Identity check" allow="camera;fullscreen" allowFullScreen />;
}
