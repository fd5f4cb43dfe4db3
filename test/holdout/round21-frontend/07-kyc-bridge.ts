// Identity check (KYC) bridge: mounts the Jumio web client into #kyc-frame and relays its events.
interface KycFrameMessage {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
}

export class KycBridge {
  #frame: HTMLIFrameElement | null = null;
  #onDone: ((reference: string) => void) | undefined;

  #handle = (e: MessageEvent<string>): void => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const msg = JSON.parse(e.data) as KycFrameMessage;
    if (msg.payload.value !== 'success') return;
    this.#onDone?.(msg.transactionReference);
  };

  connect(url: string, onDone: (reference: string) => void): void {
    this.#onDone = onDone;
    this.#frame = document.querySelector<HTMLIFrameElement>('#kyc-frame');
    if (!this.#frame) throw new Error('kyc frame missing');
    this.#frame.setAttribute('allow', 'camera;fullscreen');
    this.#frame.src = url;
    window.addEventListener('message', this.#handle);
  }

  disconnect(): void {
    window.removeEventListener('message', this.#handle);
    this.#frame = null;
  }
}
