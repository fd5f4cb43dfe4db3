// Lit 3: the frame is reached through a ref() directive; the listener is an arrow field.
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';

@customElement('kyc-step')
export class KycStep extends LitElement {
  @property() src = '';
  @state() private reference = '';
  @state() private errorCode?: number;
  private frameRef = createRef<HTMLIFrameElement>();

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  private onMessage = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') this.frameRef.value?.focus();
    if (data.payload.value === 'success') this.reference = data.transactionReference;
    if (data.payload.value === 'error') this.errorCode = data.payload.metainfo?.code;
  };

  render() {
    if (this.reference) return html`<p>Verified: ${this.reference}</p>`;
    return html`
      ${this.errorCode ? html`<p role="alert">Error ${this.errorCode}</p>` : ''}
      <iframe ${ref(this.frameRef)} src=${this.src} title="Identity verification" allow="camera;fullscreen" allowfullscreen></iframe>
    `;
  }
}
