import { onCleanup, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';

// Persona's hosted inquiry flow, embedded for business verification.
type InquiryState = { step: 'loading' | 'loaded' | 'success' | 'error'; reference?: string; code?: number };

export default function PersonaFrame(props: { url: string; onCompleted: (reference: string) => void }) {
  const [state, setState] = createStore<InquiryState>({ step: 'loading' });

  function onMessage(event: MessageEvent) {
    const origin = new URL(event.origin);
    if (origin.protocol !== 'https:' || !origin.hostname.endsWith('.withpersona.com')) return;
    const msg = JSON.parse(event.data);
    setState('step', msg.payload.value);
    if (msg.payload.value === 'success') {
      setState('reference', msg.transactionReference);
      props.onCompleted(msg.transactionReference);
    } else if (msg.payload.value === 'error') {
      setState('code', msg.payload.metainfo?.code);
    }
  }

  onMount(() => window.addEventListener('message', onMessage));
  onCleanup(() => window.removeEventListener('message', onMessage));

  return (
    <div class="persona-frame">
      <Show when={state.step === 'error'}>
        <p class="persona-frame__error">Verification failed ({state.code})</p>
      </Show>
      <iframe src={props.url} title="Business verification" width="100%" height="680" allow="camera;fullscreen" />
    </div>
  );
}
