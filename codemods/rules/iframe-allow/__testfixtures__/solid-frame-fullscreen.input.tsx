// A Solid component beside its Jumio handler: Solid's JSX spells the fullscreen attribute in lower case.
import { onCleanup, onMount } from 'solid-js';

export function IdentityFrame(props: { url: string; onDone: (ref: string) => void }) {
  const onMessage = (e: MessageEvent) => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') props.onDone(data.transactionReference);
  };
  onMount(() => window.addEventListener('message', onMessage));
  onCleanup(() => window.removeEventListener('message', onMessage));
  return <iframe src={props.url} title="Identity check" allow="camera" />;
}
