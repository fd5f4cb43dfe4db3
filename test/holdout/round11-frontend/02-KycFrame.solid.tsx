import { createSignal, Show } from 'solid-js';
import { createEventListener } from '@solid-primitives/event-listener';

interface Props {
  url: string;
  onVerified: (reference: string) => void;
}

// Identity verification: the Netverify client inside an iframe, its events through postMessage.
export default function KycFrame(props: Props) {
  const [failed, setFailed] = createSignal<number | null>(null);

  createEventListener(window, 'message', (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') props.onVerified(data.transactionReference);
    if (data.payload.value === 'error') setFailed(data.payload.metainfo?.code ?? 0);
  });

  return (
    <div class="kyc">
      <Show when={failed() !== null}>
        <p class="kyc__error">Verification failed ({failed()})</p>
      </Show>
      <iframe src={props.url} width="100%" height="710" allow="camera;fullscreen" allowfullscreen />
    </div>
  );
}
