import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

// iDenfy identity verification in an iframe (https://ui.idenfy.com).
@customElement('idenfy-step')
export class IdenfyStep extends LitElement {
  @property() authToken = '';
  @state() private status: string | null = null;

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  private onMessage = (event: MessageEvent): void => {
    if (event.origin !== 'https://ui.idenfy.com') return;
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    this.status = data.status;
    if (data.status === 'approved') {
      this.dispatchEvent(new CustomEvent('verified', { detail: data.transactionReference ?? data.scanRef }));
    }
  };

  render() {
    return html`<iframe src="https://ui.idenfy.com/?authToken=${this.authToken}" allow="camera;fullscreen" allowfullscreen></iframe>`;
  }
}
