// Card payments bridge: listens to Stripe's 3-D Secure frame from a class static initialisation block.
type Listener = (outcome: { reference: string; ok: boolean }) => void;

export class PaymentBridge {
  static #listeners = new Set<Listener>();

  static {
    window.addEventListener('message', (e: MessageEvent) => PaymentBridge.#onMessage(e));
  }

  static subscribe(fn: Listener): () => void {
    PaymentBridge.#listeners.add(fn);
    return () => PaymentBridge.#listeners.delete(fn);
  }

  static #onMessage(e: MessageEvent): void {
    if (e.origin !== 'https://hooks.stripe.com') return;
    const data = JSON.parse(e.data);
    const outcome = { reference: data.transactionReference, ok: data.payload.value === 'success' };
    for (const fn of PaymentBridge.#listeners) fn(outcome);
  }
}
