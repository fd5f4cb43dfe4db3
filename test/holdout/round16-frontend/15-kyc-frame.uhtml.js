// <kyc-frame src="…">: a custom element rendered with uhtml.
import { html, render } from 'uhtml';

class KycFrame extends HTMLElement {
  static observedAttributes = ['src'];
  #reference = '';

  connectedCallback() {
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
    this.update();
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback() {
    this.update();
  }

  onMessage(event) {
    if (!/\.netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value !== 'success') return;
    this.#reference = data.transactionReference;
    this.dispatchEvent(new CustomEvent('kyc:verified', { detail: data.transactionReference, bubbles: true }));
    this.update();
  }

  update() {
    render(this, this.#reference
      ? html`<p>Verified: ${this.#reference}</p>`
      : html`<iframe src=${this.getAttribute('src')} title="Identity verification" allow="camera;fullscreen" allowfullscreen width="100%" height="640"></iframe>`);
  }
}

customElements.define('kyc-frame', KycFrame);
