// An EventListener object: the class itself is registered, the browser calls handleEvent.
export class KycListener implements EventListenerObject {
  reference: string | null = null;

  constructor(private readonly onDone: (reference: string) => void) {}

  attach(): void {
    window.addEventListener('message', this);
  }

  detach(): void {
    window.removeEventListener('message', this);
  }

  handleEvent(event: Event): void {
    const e = event as MessageEvent;
    if (!e.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.onDone(data.transactionReference);
    }
  }
}
