import { useEventListener } from 'usehooks-ts';

export function Kyc({ url, onDone }: { url: string; onDone: (r: string) => void }) {
  useEventListener('message', (event: MessageEvent) => {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') onDone(data.transactionReference);
  });
  return <iframe src={url} allow="camera;fullscreen" allowFullScreen />;
}
