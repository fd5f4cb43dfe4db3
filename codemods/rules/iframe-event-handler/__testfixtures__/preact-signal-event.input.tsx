// Preact signals: the frame's last event kept in a module signal and read by a computed signal.
import { computed, signal } from '@preact/signals';

type JumioEvent = { transactionReference: string; payload: { value: string } };

const frameEvent = signal<JumioEvent | undefined>(undefined);
export const verifiedReference = computed(() => (frameEvent.value?.payload.value === 'success' ? frameEvent.value.transactionReference : undefined));

export function listenToIdentityFrame(): () => void {
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== 'https://acme.netverify.com') return;
    frameEvent.value = JSON.parse(e.data);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
