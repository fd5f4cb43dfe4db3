import { useEventListener } from 'usehooks-ts';
import { useEventListener as useAhooksListener } from 'ahooks';

export function KycFrame({ url, onDone }: { url: string; onDone: (ref: string) => void }) {
  useEventListener('message', (event: MessageEvent) => {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') return;
    onDone(data.transactionReference);
  });
  return <iframe src={url} allow="camera;fullscreen" allowFullScreen />;
}

export function KycErrors() {
  useAhooksListener('message', (ev: MessageEvent) => {
    const data = JSON.parse(ev.data);
    if (data.payload.value === 'error') console.log(data.payload.metainfo.code, data.transactionReference);
  }, { target: window });
  return null;
}
