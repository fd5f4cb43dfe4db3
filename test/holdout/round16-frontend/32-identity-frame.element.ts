// <identity-frame>: listens on its document's window (it may be adopted into another document).
export class IdentityFrameElement extends HTMLElement {
  #abort?: AbortController;

  connectedCallback() {
    this.#abort = new AbortController();
    const win = this.ownerDocument.defaultView;
    win?.addEventListener('message', (event) => this.#receive(event), { signal: this.#abort.signal });
  }

  disconnectedCallback() {
    this.#abort?.abort();
  }

  #receive(event: MessageEvent) {
    if (!/^https:\/\/acme\.netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    this.dispatchEvent(new CustomEvent('identity-result', { detail: { value: data.payload.value, reference: data.transactionReference }, bubbles: true }));
  }
}

customElements.define('identity-frame', IdentityFrameElement);
