// The identity check's state as a Svelte 5 runes class: one instance per KycStep component, created during the
// component's initialisation so the $effect in the constructor is tied to it.
type FrameEvent = {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

const FRAME_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

export class KycSession {
  step = $state<'idle' | 'capturing' | 'done' | 'failed'>('idle');
  reference = $state<string | null>(null);
  errorCode = $state<number | null>(null);
  readonly finished = $derived(this.step === 'done' || this.step === 'failed');

  constructor() {
    $effect(() => {
      window.addEventListener('message', this.#onMessage);
      return () => window.removeEventListener('message', this.#onMessage);
    });
  }

  #onMessage = (event: MessageEvent<string>) => {
    if (!FRAME_ORIGIN.test(event.origin)) return;
    const data: FrameEvent = JSON.parse(event.data);
    if (data.payload.value === 'loaded') {
      this.step = 'capturing';
    } else if (data.payload.value === 'success') {
      this.step = 'done';
      this.reference = data.transactionReference;
    } else {
      this.step = 'failed';
      this.reference = data.transactionReference;
      this.errorCode = data.payload.metainfo?.code ?? null;
    }
  };
}
