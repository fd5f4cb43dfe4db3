// The wizard's frame router: the identity frame's events and our own shell's health pings share one window listener.
interface IdentityFrameEvent {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export class IdentityFrameRouter {
  private pings = 0;

  constructor(private readonly onDone: (reference: string, ok: boolean) => void) {}

  attach(): void {
    window.addEventListener('message', this.onMessage);
  }

  detach(): void {
    window.removeEventListener('message', this.onMessage);
  }

  get pingCount(): number {
    return this.pings;
  }

  private readonly onMessage = (event: MessageEvent<string>): void => {
    switch (true) {
      case event.origin.endsWith('.netverify.com'): {
        const message = JSON.parse(event.data) as IdentityFrameEvent;
        if (message.payload.value === 'success') this.onDone(message.transactionReference, true);
        else if (message.payload.value === 'error') this.onDone(message.transactionReference, false);
        break;
      }
      case event.origin === window.location.origin:
        this.pings += 1;
        break;
      default:
        break;
    }
  };
}
