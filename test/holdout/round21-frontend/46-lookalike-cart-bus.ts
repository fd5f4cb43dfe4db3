// The shop's own message bus between the cart drawer (an iframe of our own origin) and the page.
interface CartMessage {
  type: 'cart:update' | 'cart:checkout';
  transactionReference?: string;
  payload: { value: 'added' | 'removed' | 'cleared'; sku?: string };
}

export class CartBus {
  #listeners = new Set<(msg: CartMessage) => void>();

  #handle = (e: MessageEvent<string>): void => {
    if (e.origin !== window.location.origin) return;
    const msg = JSON.parse(e.data) as CartMessage;
    if (msg.type !== 'cart:update') return;
    if (msg.payload.value === 'added' && msg.transactionReference) {
      sessionStorage.setItem('cart-ref', msg.transactionReference);
    }
    this.#listeners.forEach((fn) => fn(msg));
  };

  start(): void {
    window.addEventListener('message', this.#handle);
  }

  stop(): void {
    window.removeEventListener('message', this.#handle);
  }

  subscribe(fn: (msg: CartMessage) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }
}
