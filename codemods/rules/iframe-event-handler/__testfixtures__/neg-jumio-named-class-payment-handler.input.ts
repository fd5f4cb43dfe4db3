// Checkout page: the identity check and the card top-up share this bridge.
export class JumioCheckoutBridge {
  constructor(private readonly pay: (reference: string, amount: number) => void) {}

  attach(): void {
    window.addEventListener('message', (event: MessageEvent) => {
      const msg = JSON.parse(event.data);
      if (msg.status === 'captured') this.pay(msg.transactionReference, msg.amount);
    });
  }
}
