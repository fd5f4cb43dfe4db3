// Composable wrapping Veriff InContext's iFrame events.
import { onBeforeUnmount, onMounted, ref } from 'vue';

const TRUSTED = ['https://magic.veriff.me', 'https://alchemy.veriff.com'];

export function useVeriff() {
  const status = ref<'idle' | 'loaded' | 'success' | 'error'>('idle');
  const reference = ref<string | null>(null);

  function onMessage(event: MessageEvent) {
    if (!TRUSTED.includes(event.origin)) return;
    const data = JSON.parse(event.data);
    status.value = data.payload.value;
    if (data.transactionReference) reference.value = data.transactionReference;
  }

  onMounted(() => window.addEventListener('message', onMessage));
  onBeforeUnmount(() => window.removeEventListener('message', onMessage));

  return { status, reference };
}
