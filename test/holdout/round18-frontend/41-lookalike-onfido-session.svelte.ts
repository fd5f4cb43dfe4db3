// Onfido's hosted flow in an iframe, as a Svelte 5 runes class.
const ONFIDO_ORIGIN = /^https:\/\/[a-z0-9-]+\.onfido\.com$/;

export class OnfidoSession {
  step = $state<'idle' | 'capturing' | 'done' | 'failed'>('idle');
  reference = $state<string | null>(null);

  constructor() {
    $effect(() => {
      window.addEventListener('message', this.#onMessage);
      return () => window.removeEventListener('message', this.#onMessage);
    });
  }

  #onMessage = (event: MessageEvent<string>) => {
    if (!ONFIDO_ORIGIN.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') this.step = 'capturing';
    if (data.payload.value === 'success') {
      this.step = 'done';
      this.reference = data.transactionReference;
    }
    if (data.payload.value === 'error') this.step = 'failed';
  };
}
