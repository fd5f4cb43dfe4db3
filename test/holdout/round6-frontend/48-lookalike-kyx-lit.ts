import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

// Already on KYX: web.href from the account call, the KYX web client's events.
@customElement('kyx-frame')
export class KyxFrame extends LitElement {
  @property() href = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
    super.disconnectedCallback();
  }

  #onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.dispatchEvent(new CustomEvent('kyx-done', { detail: { account: data.accountId, execution: data.workflowExecutionId } }));
    }
    if (data.payload.value === 'error' && data.payload.metainfo?.code === 9836) {
      this.dispatchEvent(new CustomEvent('kyx-auth-failed'));
    }
  };

  override render() {
    return html`<iframe src=${this.href} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>`;
  }
}
