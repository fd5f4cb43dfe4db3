interface IdentityEvent {
  transactionReference: string;
  payload: { value: string; metainfo?: { code?: number } };
}

const FRAME_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

export class IdentityBridge {
  constructor(private readonly done: (reference: string) => void) {
    window.addEventListener('message', this.#onMessage);
  }

  dispose(): void {
    window.removeEventListener('message', this.#onMessage);
  }

  #onMessage = (event: MessageEvent<string>): void => {
    if (!FRAME_ORIGIN.test(event.origin)) return;
    const data = JSON.parse(event.data) as IdentityEvent;
    if (!Object.hasOwn(data, 'transactionReference')) return;
    if (data.payload.value === 'success') this.done(data.transactionReference);
  };
}
