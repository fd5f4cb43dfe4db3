import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

type FrameMessage = {
  transactionReference: string;
  dateTime: string;
  payload: { value: string; metainfo?: { code: number } };
};

/** <identity-frame frame-url="…"> — hosts the face check and re-dispatches its outcome as a DOM event. */
@customElement('identity-frame')
export class IdentityFrame extends LitElement {
  static override styles = css`
    :host { display: block; }
    iframe { border: 0; width: 100%; height: 660px; }
  `;

  @property({ attribute: 'frame-url' }) frameUrl = '';
  @state() private failed = false;

  private readonly handleMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    let message: FrameMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (message.payload.value === 'error') {
      this.failed = true;
      return;
    }
    if (message.payload.value === 'success') {
      this.dispatchEvent(new CustomEvent('identity-verified', { detail: message?.transactionReference, bubbles: true, composed: true }));
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.handleMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.handleMessage);
    super.disconnectedCallback();
  }

  override render() {
    return html`
      ${this.failed ? html`<p part="error">Verification failed. Please try again.</p>` : ''}
      <iframe src=${this.frameUrl} title="Identity verification" allow="camera;fullscreen" allowfullscreen></iframe>
    `;
  }
}
