// SolidJS wrapper around our Onfido hosted flow (the app's own relay page posts JSON messages).
import { createEffect, onCleanup, onMount } from 'solid-js';

type Props = { src: string; onComplete: (reference: string) => void };

export function OnfidoFrame(props: Props) {
  let frame!: HTMLIFrameElement;

  onMount(() => {
    frame.allow = 'camera;fullscreen';
  });

  createEffect(() => {
    const handler = (event: MessageEvent) => {
      if (event.origin !== 'https://id.onfido.com') return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') props.onComplete(data.transactionReference);
    };
    window.addEventListener('message', handler);
    onCleanup(() => window.removeEventListener('message', handler));
  });

  return <iframe ref={frame} src={props.src} width="100%" height="660" title="Onfido" />;
}
