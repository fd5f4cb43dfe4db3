import { onCleanup, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';

type KycState = { step: 'loading' | 'loaded' | 'success' | 'error'; reference?: string; code?: number };

export default function KycFrame(props: { url: string; onVerified: (reference: string) => void }) {
  const [state, setState] = createStore<KycState>({ step: 'loading' });

  function onMessage(event: MessageEvent) {
    const origin = new URL(event.origin);
    if (origin.protocol !== 'https:' || !origin.hostname.endsWith('.netverify.com')) return;
    const msg = JSON.parse(event.data);
    setState('step', msg.payload.value);
    if (msg.payload.value === 'success') {
      setState('reference', msg.transactionReference);
      props.onVerified(msg.transactionReference);
    } else if (msg.payload.value === 'error') {
      setState('code', msg.payload.metainfo?.code);
    }
  }

  onMount(() => window.addEventListener('message', onMessage));
  onCleanup(() => window.removeEventListener('message', onMessage));

  return (
    <div class="kyc-frame">
      <Show when={state.step === 'error'}>
        <p class="kyc-frame__error">Verification failed ({state.code})</p>
      </Show>
      <iframe src={props.url} title="Identity verification" width="100%" height="680" allow="camera;fullscreen" />
    </div>
  );
}
