// The shop's frame router: the card issuer's 3-D Secure challenge and our own cart micro-frontend share one listener.
interface CartMessage {
  type: 'cart/updated' | 'cart/paid';
  orderId: string;
  transactionReference?: string;
}

export class CheckoutFrameRouter {
  private challenges = 0;

  constructor(private readonly onPaid: (orderId: string, reference: string) => void) {}

  attach(): void {
    window.addEventListener('message', this.onMessage);
  }

  detach(): void {
    window.removeEventListener('message', this.onMessage);
  }

  get challengeCount(): number {
    return this.challenges;
  }

  private readonly onMessage = (event: MessageEvent<string>): void => {
    switch (true) {
      case event.origin === window.location.origin: {
        const message = JSON.parse(event.data) as CartMessage;
        if (message.type === 'cart/paid' && message.transactionReference) this.onPaid(message.orderId, message.transactionReference);
        break;
      }
      case event.origin.endsWith('.acs.cardissuer.example'):
        this.challenges += 1;
        break;
      default:
        break;
    }
  };
}
