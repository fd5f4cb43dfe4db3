// <onfido-frame>: a custom element wrapping Onfido's hosted studio flow.
export class OnfidoFrameElement extends HTMLElement {
  #frame?: HTMLIFrameElement;

  connectedCallback(): void {
    this.#frame = document.createElement('iframe');
    this.#frame.src = this.getAttribute('src') ?? '';
    this.#frame.allow = 'camera;fullscreen';
    this.append(this.#frame);
    window.addEventListener('message', this.#onMessage);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
  }

  #onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.onfido.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.dispatchEvent(new CustomEvent('onfido-complete', { detail: data.transactionReference }));
    }
  };
}

customElements.define('onfido-frame', OnfidoFrameElement);
