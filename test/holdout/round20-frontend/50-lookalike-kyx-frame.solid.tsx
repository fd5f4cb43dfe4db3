import { createSignal, onCleanup, onMount, Show } from 'solid-js';

// The KYX web client (already migrated): web.href in the frame, its events from *.jumio.ai.
interface KyxFrameEvent {
  accountId: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export function KyxFrame(props: { href: string; onVerified: (ids: { accountId: string; workflowExecutionId: string }) => void }) {
  const [error, setError] = createSignal<string>();

  const receive = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const message: KyxFrameEvent = JSON.parse(event.data);
    if (message.payload.value === 'success') {
      props.onVerified({ accountId: message.accountId, workflowExecutionId: message.workflowExecutionId });
    } else if (message.payload.value === 'error') {
      const code = message.payload.metainfo?.code;
      setError(code === 9836 ? 'We could not confirm it is you.' : 'Verification failed.');
    }
  };

  onMount(() => {
    window.addEventListener('message', receive);
    onCleanup(() => window.removeEventListener('message', receive));
  });

  return (
    <div class="kyx-frame">
      <Show when={error()}>
        <p class="kyx-frame__error">{error()}</p>
      </Show>
      <iframe src={props.href} title="Identity verification" width="100%" height="660" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen />
    </div>
  );
}
