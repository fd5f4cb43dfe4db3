// SolidJS 1.9: the listener attached in onMount with makeEventListener (@solid-primitives/event-listener), which
// returns its own remover, called in onCleanup.
import { createSignal, onCleanup, onMount } from 'solid-js';
import { makeEventListener } from '@solid-primitives/event-listener';

export default function KycFrame(props: { url: string; onVerified: (reference: string) => void }) {
  const [error, setError] = createSignal<number | undefined>();

  onMount(() => {
    const clear = makeEventListener(window, 'message', (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') props.onVerified(data.transactionReference);
      if (data.payload.value === 'error') setError(data.payload.metainfo.code);
    });
    onCleanup(clear);
  });

  return (
    <section>
      {error() !== undefined && <p role="alert">Verification failed ({error()})</p>}
      <iframe src={props.url} width="100%" height="700" allow="camera;fullscreen" />
    </section>
  );
}
