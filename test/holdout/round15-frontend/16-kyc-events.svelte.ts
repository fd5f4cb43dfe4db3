// Svelte 5 rune module: the identity check's state, fed by the web client's window messages.
import { on } from 'svelte/events';

export function createKycEvents() {
  let reference = $state<string | null>(null);
  let failed = $state(false);

  $effect(() =>
    on(window, 'message', (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') reference = data.transactionReference;
      if (data.payload.value === 'error') failed = true;
    }),
  );

  return {
    get reference() { return reference; },
    get failed() { return failed; },
  };
}
