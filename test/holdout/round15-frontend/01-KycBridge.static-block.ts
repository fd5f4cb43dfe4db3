// Identity check bridge: listens to the Netverify web client's iFrame from a class static initialisation block.
export interface KycOutcome {
  reference: string;
  ok: boolean;
}

type Listener = (outcome: KycOutcome) => void;

export class KycBridge {
  static #listeners = new Set<Listener>();

  static {
    window.addEventListener('message', (e: MessageEvent) => KycBridge.#onMessage(e));
  }

  static subscribe(fn: Listener): () => void {
    KycBridge.#listeners.add(fn);
    return () => KycBridge.#listeners.delete(fn);
  }

  static #onMessage(e: MessageEvent): void {
    if (!e.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'loaded') return;
    const outcome = { reference: data.transactionReference, ok: data.payload.value === 'success' };
    for (const fn of KycBridge.#listeners) fn(outcome);
  }
}
