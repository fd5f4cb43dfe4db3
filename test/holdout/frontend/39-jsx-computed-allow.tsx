import { useEffect } from 'react';

const PERMS = ['camera', 'fullscreen'].join(';');

export function Frame({ url }: { url: string }) {
  useEffect(() => {
    const h = (event: MessageEvent) => {
      const data = JSON.parse(event.data);
      if (data.eventType === 510) console.log(data.transactionReference, data.payload.value);
    };
    window.addEventListener('message', h);
    return () => window.removeEventListener('message', h);
  }, []);
  return (
    <div>
      <section>
        <iframe src={url} allow={PERMS} allowFullScreen />
      </section>
    </div>
  );
}
