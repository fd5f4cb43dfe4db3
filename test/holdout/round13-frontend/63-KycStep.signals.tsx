// Preact + @preact/signals: the identity step (Netverify web client).
import { useSignal, useSignalEffect } from '@preact/signals';

export function KycStep({ url }: { url: string }) {
  const reference = useSignal<string | null>(null);
  useSignalEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (!e.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') reference.value = data.transactionReference;
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  });
  return reference.value ? <p>Verified ({reference.value})</p> : <iframe src={url} allow="camera;fullscreen" width="640" height="660" />;
}
