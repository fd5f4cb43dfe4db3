// <kyc-frame src="…">: a framework-free custom element wrapping the identity check's web client.
export class KycFrameElement extends HTMLElement {
  #frame?: HTMLIFrameElement;

  connectedCallback(): void {
    this.#frame = document.createElement('iframe');
    this.#frame.src = this.getAttribute('src') ?? '';
    this.#frame.allow = 'camera;fullscreen';
    this.#frame.allowFullscreen = true;
    this.append(this.#frame);
    window.addEventListener('message', this.#onMessage);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
    this.#frame?.remove();
  }

  #onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.dispatchEvent(new CustomEvent('kyc-verified', { detail: data.transactionReference, bubbles: true }));
    }
  };
}

customElements.define('kyc-frame', KycFrameElement);
