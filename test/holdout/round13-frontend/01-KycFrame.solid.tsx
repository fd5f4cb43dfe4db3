// SolidJS wrapper around the Netverify identity frame (legacy Authentication web client).
import { createEffect, onCleanup, onMount } from 'solid-js';

type Props = { src: string; onVerified: (reference: string) => void; onFailed: (code?: number) => void };

export function KycFrame(props: Props) {
  let frame!: HTMLIFrameElement;

  onMount(() => {
    frame.allow = 'camera;fullscreen';
  });

  createEffect(() => {
    const onVerified = props.onVerified;
    const handler = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') onVerified(data.transactionReference);
      else if (data.payload.value === 'error') props.onFailed(data.payload.metainfo?.code);
    };
    window.addEventListener('message', handler);
    onCleanup(() => window.removeEventListener('message', handler));
  });

  return <iframe ref={frame} src={props.src} width="100%" height="660" title="Identity check" />;
}
