type Listener = (event: MessageEvent) => void;

export class JumioBridge {
  private reference: string | undefined;
  private readonly onMessageArrow: Listener = (event) => {
    const host = new URL(event.origin).hostname;
    if (!host.endsWith('netverify.com')) return;
    const { transactionReference, payload } = JSON.parse(event.data);
    this.reference = transactionReference;
    this.emit(payload.value);
  };

  start(): void {
    window.addEventListener('message', this.onMessageArrow);
    globalThis.addEventListener('message', this.onMessageBound.bind(this));
  }

  stop(): void {
    window.removeEventListener('message', this.onMessageArrow);
  }

  private onMessageBound(event: MessageEvent): void {
    const raw = event.data;
    if (typeof raw !== 'string') return;
    const message = JSON.parse(raw);
    if (message.eventType === 510 && message.payload.value === 'loaded') {
      this.reference = message.transactionReference;
    }
  }

  private emit(value: string): void {
    console.log(value, this.reference);
  }
}
