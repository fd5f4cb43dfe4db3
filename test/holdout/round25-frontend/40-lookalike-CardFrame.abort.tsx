import { useEffect } from 'react';

type Props = { url: string; onPaid: (reference: string) => void; onFailed: () => void };

// Shows the card issuer's checkout and listens to what its frame posts back.
export function CardFrame({ url, onPaid, onFailed }: Props) {
  useEffect(() => {
    const controller = new AbortController();

    function onMessage(event: MessageEvent) {
      if (!event.origin.endsWith('.stripe.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onPaid(data.transactionReference);
      else if (data.payload.value === 'error') onFailed();
    }

    window.addEventListener('message', onMessage, { signal: controller.signal });
    return () => controller.abort();
  }, [onPaid, onFailed]);

  return <iframe src={url} title="Card payment" allow="payment" width="100%" height="480" />;
}
