// Identity check (Netverify web client), SolidJS.
import { onCleanup, onMount } from 'solid-js';

export function IdentityFrame(props: { url: string; onDone: (ref: string) => void }) {
  let el: HTMLIFrameElement | undefined;
  onMount(() => {
    el!.setAttribute('allow', 'camera;fullscreen');
    const onMessage = (e: MessageEvent) => {
      if (!e.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(e.data);
      if (data.payload.value === 'success') props.onDone(data.transactionReference);
    };
    window.addEventListener('message', onMessage);
    onCleanup(() => window.removeEventListener('message', onMessage));
  });
  return <iframe ref={el} src={props.url} allow="camera;fullscreen" allowfullscreen />;
}
