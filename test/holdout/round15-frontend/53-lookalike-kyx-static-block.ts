// Identity check bridge, already on KYX: listens to the web client from a class static initialisation block.
type Listener = (outcome: { reference: string; account: string; ok: boolean }) => void;

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
    if (!e.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'loaded') return;
    const outcome = { reference: data.workflowExecutionId, account: data.accountId, ok: data.payload.value === 'success' };
    for (const fn of KycBridge.#listeners) fn(outcome);
  }
}
