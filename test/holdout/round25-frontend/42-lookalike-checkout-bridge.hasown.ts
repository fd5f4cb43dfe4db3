interface CheckoutEvent {
  transactionReference: string;
  payload: { value: string };
}

const CHECKOUT_ORIGIN = /^https:\/\/[a-z0-9-]+\.adyen\.com$/;

export class CheckoutBridge {
  constructor(private readonly done: (reference: string) => void) {
    window.addEventListener('message', this.#onMessage);
  }

  dispose(): void {
    window.removeEventListener('message', this.#onMessage);
  }

  #onMessage = (event: MessageEvent<string>): void => {
    if (!CHECKOUT_ORIGIN.test(event.origin)) return;
    const data = JSON.parse(event.data) as CheckoutEvent;
    if (!Object.hasOwn(data, 'transactionReference')) return;
    if (data.payload.value === 'authorised') this.done(data.transactionReference);
  };
}
