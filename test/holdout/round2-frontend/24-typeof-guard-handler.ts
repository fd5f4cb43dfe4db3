type Listener = (reference: string) => void;

export class KycFrameBridge {
  private listeners: Listener[] = [];

  constructor(private readonly win: Window = window) {
    this.win.addEventListener('message', this.onMessage);
  }

  subscribe(fn: Listener): void {
    this.listeners.push(fn);
  }

  dispose(): void {
    this.win.removeEventListener('message', this.onMessage);
  }

  private onMessage = (event: MessageEvent): void => {
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data && data.payload && data.payload.value === 'success') {
      this.listeners.forEach((fn) => fn(data.transactionReference));
    }
  };
}
