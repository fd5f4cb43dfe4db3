import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

// <kyc-frame url="…">: the Netverify identity check in the element's shadow root.
@customElement('kyc-frame')
export class KycFrameElement extends LitElement {
  @property() accessor url = '';
  @query('iframe') accessor frame!: HTMLIFrameElement;

  protected override firstUpdated(): void {
    this.frame.allow = 'camera;fullscreen';
    this.frame.allowFullscreen = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  private onMessage = (event: MessageEvent) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.dispatchEvent(new CustomEvent('verified', { detail: data.transactionReference, bubbles: true, composed: true }));
    }
  };

  override render() {
    return html`<iframe src=${this.url} width="100%" height="710"></iframe>`;
  }
}
