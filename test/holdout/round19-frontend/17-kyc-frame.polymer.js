import { PolymerElement, html } from '@polymer/polymer/polymer-element.js';

class KycFrame extends PolymerElement {
  static get is() {
    return 'kyc-frame';
  }

  static get properties() {
    return {
      frameUrl: String,
      reference: { type: String, notify: true },
    };
  }

  static get template() {
    return html`
      <style>
        :host { display: block; }
        iframe { border: 0; width: 100%; height: 660px; }
      </style>
      <iframe src="[[frameUrl]]" allow="camera;fullscreen" allowfullscreen></iframe>
    `;
  }

  constructor() {
    super();
    this._onMessage = this._onMessage.bind(this);
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this._onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this._onMessage);
    super.disconnectedCallback();
  }

  _onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.dispatchEvent(new CustomEvent('kyc-verified', { detail: { reference: data.transactionReference }, bubbles: true, composed: true }));
    } else if (data.payload.value === 'error') {
      this.dispatchEvent(new CustomEvent('kyc-failed', { detail: { code: data.payload.metainfo.code }, bubbles: true, composed: true }));
    }
  }
}

customElements.define(KycFrame.is, KycFrame);
