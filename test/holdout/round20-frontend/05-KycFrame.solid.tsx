import { createSignal, onCleanup, onMount, Show } from 'solid-js';

interface NetverifyEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export function KycFrame(props: { src: string; onVerified: (reference: string) => void }) {
  const [errorCode, setErrorCode] = createSignal<number>();

  const receive = (event: MessageEvent<string>) => {
    if (!event.origin.includes('netverify.com')) return;
    const message: NetverifyEvent = JSON.parse(event.data);
    if (message.payload.value === 'success') props.onVerified(message.transactionReference);
    else if (message.payload.value === 'error') setErrorCode(message.payload.metainfo?.code);
  };

  onMount(() => {
    window.addEventListener('message', receive);
    onCleanup(() => window.removeEventListener('message', receive));
  });

  return (
    <div class="kyc-frame">
      <Show when={errorCode()}>
        <p class="kyc-frame__error">Verification failed ({errorCode()})</p>
      </Show>
      <iframe src={props.src} title="Identity verification" width="100%" height="660" allow="camera;fullscreen" />
    </div>
  );
}
