import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * <acme-kyc src="..."> wraps the Netverify web client and re-emits its result as a DOM event.
 */
@customElement('acme-kyc')
export class AcmeKyc extends LitElement {
  static styles = css`
    iframe { border: 0; width: 100%; height: 710px; }
  `;

  @property() src = '';
  @state() private phase: 'loading' | 'ready' | 'done' | 'failed' = 'loading';

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this._onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this._onMessage);
    super.disconnectedCallback();
  }

  private _onMessage = (event: MessageEvent) => {
    if (typeof event.data !== 'string') return;
    const data = JSON.parse(event.data);
    if (!data.transactionReference) return;

    if (data.payload.value === 'loaded') this.phase = 'ready';
    if (data.payload.value === 'success') {
      this.phase = 'done';
      this.dispatchEvent(new CustomEvent('kyc-complete', { detail: { reference: data.transactionReference }, bubbles: true, composed: true }));
    }
    if (data.payload.value === 'error') this.phase = 'failed';
  };

  render() {
    return html`
      ${this.phase === 'loading' ? html`<p>Loading…</p>` : null}
      <iframe src=${this.src} allow="camera;fullscreen" allowfullscreen></iframe>
    `;
  }
}
