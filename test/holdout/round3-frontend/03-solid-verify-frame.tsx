import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { useNavigate } from '@solidjs/router';
import { trackEvent } from '~/lib/analytics';

type Props = {
  url: string;
  onFinished?: (reference: string) => void;
};

export default function VerifyFrame(props: Props) {
  const [loaded, setLoaded] = createSignal(false);
  const navigate = useNavigate();

  const handleMessage = (e: MessageEvent) => {
    let data;
    try {
      data = JSON.parse(e.data);
    } catch {
      return;
    }
    if (data.eventType !== 510) return;

    trackEvent('idv_state', { state: data.payload.value, at: data.dateTime });

    switch (data.payload.value) {
      case 'loaded':
        setLoaded(true);
        break;
      case 'success':
        props.onFinished?.(data.transactionReference);
        navigate(`/onboarding/pending?ref=${encodeURIComponent(data.transactionReference)}`);
        break;
      case 'error':
        navigate(`/onboarding/failed?code=${data.payload.metainfo?.code ?? ''}`);
        break;
    }
  };

  onMount(() => {
    window.addEventListener('message', handleMessage);
  });

  onCleanup(() => {
    window.removeEventListener('message', handleMessage);
  });

  return (
    <div class="verify-frame">
      <Show when={!loaded()}>
        <p class="muted">Loading the verification…</p>
      </Show>
      <iframe
        src={props.url}
        title="Identity verification"
        width="100%"
        height="710"
        allow="camera;fullscreen"
        allowfullscreen
      />
    </div>
  );
}
