import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

type PersonaMessage = {
  name: 'ready' | 'complete' | 'cancel' | 'error';
  metadata?: { inquiryId?: string; status?: string };
};

/** <persona-frame inquiry-url="…"> — hosts a Persona inquiry and re-dispatches its outcome. */
@customElement('persona-frame')
export class PersonaFrame extends LitElement {
  static override styles = css`
    :host { display: block; }
    iframe { border: 0; width: 100%; height: 660px; }
  `;

  @property({ attribute: 'inquiry-url' }) inquiryUrl = '';
  @state() private failed = false;

  private readonly handleMessage = (event: MessageEvent): void => {
    if (event.origin !== 'https://withpersona.com') return;
    let message: PersonaMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (message.name === 'error') {
      this.failed = true;
      return;
    }
    if (message.name === 'complete') {
      this.dispatchEvent(new CustomEvent('inquiry-complete', { detail: message.metadata?.inquiryId, bubbles: true, composed: true }));
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
      ${this.failed ? html`<p part="error">Something went wrong. Please try again.</p>` : ''}
      <iframe src=${this.inquiryUrl} title="Identity verification" allow="camera;fullscreen" allowfullscreen></iframe>
    `;
  }
}
