// Preact: the app's own cross-window bus (the order tracker posts to the shell).
import { computed, signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

interface BusMessage {
  type: 'order:update';
  transactionReference: string;
  payload: { value: string };
}

const lastMessage = signal<BusMessage | null>(null);
const orderRef = computed(() => lastMessage.value?.transactionReference ?? null);

export function OrderBadge() {
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin) return;
      lastMessage.value = JSON.parse(e.data);
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, []);
  return orderRef.value ? <span class="badge">Order {orderRef.value}</span> : null;
}
