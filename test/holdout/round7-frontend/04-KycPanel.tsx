import { useEffect, useEffectEvent, useState } from 'react';

type Outcome = { ref?: string; code?: number; retry?: boolean };

// Jumio Netverify authentication panel (React 19).
export function KycPanel({ url, onOutcome }: { url: string; onOutcome: (o: Outcome) => void }) {
  const [loaded, setLoaded] = useState(false);

  const onMessage = useEffectEvent((event: MessageEvent) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (true) {
      case data.payload.value === 'loaded':
        setLoaded(true);
        break;
      case data.payload.value === 'success':
        onOutcome({ ref: data.transactionReference });
        break;
      case data.payload.value === 'error' && data.payload.metainfo.code === 9836:
        onOutcome({ code: 9836, retry: false });
        break;
      default:
        onOutcome({ code: data.payload.metainfo?.code, retry: true });
    }
  });

  useEffect(() => {
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <section aria-busy={!loaded}>
      <iframe src={url} allow="camera;fullscreen" allowFullScreen width="100%" height="710" />
    </section>
  );
}
