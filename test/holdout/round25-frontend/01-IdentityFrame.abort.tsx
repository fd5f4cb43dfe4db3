import { useEffect } from 'react';

type Props = { url: string; onVerified: (reference: string) => void; onFailed: () => void };

// Shows the identity check and listens to what its frame posts back.
export function IdentityFrame({ url, onVerified, onFailed }: Props) {
  useEffect(() => {
    const controller = new AbortController();

    function onMessage(event: MessageEvent) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onVerified(data.transactionReference);
      else if (data.payload.value === 'error') onFailed();
    }

    window.addEventListener('message', onMessage, { signal: controller.signal });
    return () => controller.abort();
  }, [onVerified, onFailed]);

  return <iframe src={url} title="Identity check" allow="camera;fullscreen" width="100%" height="720" />;
}
