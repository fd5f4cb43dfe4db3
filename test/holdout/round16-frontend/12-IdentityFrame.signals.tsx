// Preact: the last frame event kept in a module signal, read by computed signals.
import { computed, signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

interface FrameEvent {
  transactionReference: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

const lastEvent = signal<FrameEvent | null>(null);
const reference = computed(() => (lastEvent.value?.payload.value === 'success' ? lastEvent.value.transactionReference : null));
const failed = computed(() => lastEvent.value?.payload.value === 'error');

export function IdentityFrame({ src }: { src: string }) {
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (!e.origin.endsWith('.netverify.com')) return;
      lastEvent.value = JSON.parse(e.data);
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, []);

  if (reference.value) return <p>Verified ({reference.value})</p>;
  return <iframe src={src} title="Identity verification" allow="camera;fullscreen" allowFullScreen class={failed.value ? 'failed' : ''} />;
}
