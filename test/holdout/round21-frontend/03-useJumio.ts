// Composable wrapping the Jumio web client's iFrame events for the identity step.
import { onBeforeUnmount, onMounted, ref } from 'vue';

const TRUSTED = ['https://acme.netverify.com', 'https://acme.lon.netverify.com'];

export function useJumio() {
  const status = ref<'idle' | 'loaded' | 'success' | 'error'>('idle');
  const reference = ref<string | null>(null);
  const errorCode = ref<number | null>(null);

  function onMessage(event: MessageEvent) {
    if (!TRUSTED.includes(event.origin)) return;
    const data = JSON.parse(event.data);
    status.value = data.payload.value;
    if (data.transactionReference) reference.value = data.transactionReference;
    if (data.payload.value === 'error') errorCode.value = data.payload.metainfo?.code ?? null;
  }

  onMounted(() => window.addEventListener('message', onMessage));
  onBeforeUnmount(() => window.removeEventListener('message', onMessage));

  return { status, reference, errorCode };
}
