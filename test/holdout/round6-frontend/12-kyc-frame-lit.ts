import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

@customElement('kyc-frame')
export class KycFrame extends LitElement {
  static styles = css`iframe { width: 100%; height: 660px; border: 0; }`;

  @property() src = '';
  @state() private loaded = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
    super.disconnectedCallback();
  }

  #onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') this.loaded = true;
    if (data.payload.value === 'success') {
      this.dispatchEvent(new CustomEvent('kyc-done', { detail: data.transactionReference, bubbles: true, composed: true }));
    }
  };

  override render() {
    return html`<iframe src=${this.src} ?hidden=${!this.loaded} allow="camera;fullscreen" allowfullscreen></iframe>`;
  }
}
