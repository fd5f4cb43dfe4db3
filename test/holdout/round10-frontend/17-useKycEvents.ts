// Vue 3.5 composable: listens while `active` is true (onWatcherCleanup removes the listener on every re-run).
import { onWatcherCleanup, ref, watchEffect, type Ref } from 'vue';

export function useKycEvents(active: Ref<boolean>) {
  const reference = ref<string | null>(null);
  const errorCode = ref<number | null>(null);

  watchEffect(() => {
    if (!active.value) return;
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') reference.value = data.transactionReference;
      if (data.payload.value === 'error') errorCode.value = data.payload.metainfo.code;
    };
    window.addEventListener('message', onMessage);
    onWatcherCleanup(() => window.removeEventListener('message', onMessage));
  });

  return { reference, errorCode };
}
