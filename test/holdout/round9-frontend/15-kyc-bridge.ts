type Listener = (reference: string) => void;

/** Bridges the identity iframe's window messages to the app. `win` is injectable for tests. */
export class KycBridge {
  readonly #listeners = new Set<Listener>();
  readonly #win: Window;
  readonly #bound: (event: MessageEvent) => void;

  constructor(win: Window = window) {
    this.#win = win;
    this.#bound = this.#onMessage.bind(this);
    this.#win.addEventListener('message', this.#bound);
  }

  onVerified(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dispose(): void {
    this.#win.removeEventListener('message', this.#bound);
    this.#listeners.clear();
  }

  #onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value !== 'success') return;
    for (const listener of this.#listeners) listener(data.transactionReference);
  }
}
