import { createSignal, onCleanup, onMount, Show } from 'solid-js';

const NETVERIFY_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

/** Builds the message listener for one verification; the caller attaches it. */
function createVerificationListener(onDone: (reference: string) => void, onError: (code?: number) => void) {
  return (event: MessageEvent) => {
    if (!NETVERIFY_ORIGIN.test(event.origin)) return;
    const data = JSON.parse(event.data);
    switch (data.payload.value) {
      case 'success':
        onDone(data.transactionReference);
        break;
      case 'error':
        onError(data.payload.metainfo?.code);
        break;
    }
  };
}

export default function VerifyFrame(props: { url: string; onVerified: (ref: string) => void }) {
  const [failed, setFailed] = createSignal<number | undefined>();
  onMount(() => {
    const listener = createVerificationListener(props.onVerified, (code) => setFailed(code ?? 0));
    window.addEventListener('message', listener);
    onCleanup(() => window.removeEventListener('message', listener));
  });
  return (
    <>
      <Show when={failed() !== undefined}>
        <p>Verification failed ({failed()}).</p>
      </Show>
      <iframe src={props.url} allow="camera;fullscreen" allowfullscreen style={{ width: '100%', height: '660px' }} />
    </>
  );
}
