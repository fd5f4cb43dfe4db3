import { createSignal, onCleanup, Show, type Accessor } from 'solid-js';

// Face check shown before a new payee is saved (KYX authentication, workflow 9, of the customer's account).
// The `use:webClient` directive owns the frame: it points it at the session's web.href and listens for the web
// client's events for as long as the frame is mounted.

interface WebClientEvent {
  accountId: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  authorizationToken: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

interface WebClientOptions {
  url: string;
  onLoaded?: () => void;
  onVerified: (workflowExecutionId: string) => void;
  onFailed: (code: number) => void;
}

declare module 'solid-js' {
  namespace JSX {
    interface Directives {
      webClient: WebClientOptions;
    }
  }
}

const WEB_CLIENT_ORIGIN = 'https://harbor.web.emea-1.jumio.ai';

export function webClient(frame: HTMLIFrameElement, options: Accessor<WebClientOptions>) {
  const onMessage = (event: MessageEvent<string>) => {
    if (event.origin !== WEB_CLIENT_ORIGIN) return;
    const data = JSON.parse(event.data) as WebClientEvent;
    const { onLoaded, onVerified, onFailed } = options();
    if (data.payload.value === 'loaded') onLoaded?.();
    if (data.payload.value === 'success') onVerified(data.workflowExecutionId);
    if (data.payload.value === 'error') onFailed(data.payload.metainfo?.code ?? 0);
  };

  frame.src = options().url;
  window.addEventListener('message', onMessage);
  onCleanup(() => window.removeEventListener('message', onMessage));
}

export function PayeeFaceCheck(props: { sessionUrl: string; onConfirmed: (workflowExecutionId: string) => void }) {
  const [phase, setPhase] = createSignal<'loading' | 'capturing' | 'failed'>('loading');
  const [errorCode, setErrorCode] = createSignal<number>();

  return (
    <section class="payee-face-check">
      <Show when={phase() === 'loading'}>
        <p class="payee-face-check__hint">Starting the camera…</p>
      </Show>
      <Show when={phase() === 'failed'}>
        <p class="payee-face-check__error" role="alert">
          We could not confirm it is you (code {errorCode()}). Close this window and add the payee again.
        </p>
      </Show>
      <iframe
        use:webClient={{
          url: props.sessionUrl,
          onLoaded: () => setPhase('capturing'),
          onVerified: props.onConfirmed,
          onFailed: (code) => {
            setErrorCode(code);
            setPhase('failed');
          },
        }}
        title="Face check"
        width="100%"
        height="640"
        allow="camera;fullscreen;accelerometer;gyroscope;magnetometer"
        allowfullscreen
      />
    </section>
  );
}
