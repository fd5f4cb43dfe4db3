// <harbour-offer-signature session-url="…"> — signing the mortgage offer in Quillbox's hosted signing page (Lit 3).
// The offer page asks our API for a signing session and sets `session-url` from it; this element frames the signing
// page and tells the offer page how it went:
//   harbour-offer-signed     detail { reference }          the applicant signed, the page lets them continue
//   harbour-offer-declined   detail: the signing event     the page shows the reason and the envelope reference
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** Quillbox's hosted signing page. */
const SIGNING_ORIGIN = 'https://sign.quillbox.example';

/** An event of the signing page, posted to this window as a JSON string. */
interface SigningMessage {
  envelopeId: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'signed' | 'declined'; reason?: string };
}

type Phase = 'loading' | 'signing' | 'filing' | 'declined';

@customElement('harbour-offer-signature')
export class HarbourOfferSignature extends LitElement {
  static styles = css`
    :host { display: block; }
    iframe { border: 0; width: 100%; height: 760px; }
    .hint { color: #4a5560; margin: 0 0 12px; }
  `;

  @property({ attribute: 'session-url' }) sessionUrl = '';

  @state() private phase: Phase = 'loading';

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.handleFrameMessage);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.handleFrameMessage);
    super.disconnectedCallback();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    // A new session (the page's "Sign again") starts from the beginning.
    if (changed.has('sessionUrl')) this.phase = 'loading';
  }

  private handleFrameMessage = (event: MessageEvent<string>): void => {
    if (event.origin !== SIGNING_ORIGIN) return;
    let message: SigningMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (message.payload.value) {
      case 'loaded':
        this.phase = 'signing';
        break;
      case 'signed':
        this.phase = 'filing';
        this.dispatchEvent(new CustomEvent('harbour-offer-signed', {
          detail: { reference: message.transactionReference },
          bubbles: true,
          composed: true,
        }));
        break;
      case 'declined':
        this.phase = 'declined';
        // The page shows the reason, and the mortgage desk asks for the envelope reference.
        this.dispatchEvent(new CustomEvent('harbour-offer-declined', { detail: message, bubbles: true, composed: true }));
        break;
    }
  };

  render() {
    if (this.phase === 'declined') return nothing;
    return html`
      ${this.phase === 'loading' ? html`<p class="hint">Loading your offer…</p>` : nothing}
      ${this.phase === 'filing' ? html`<p class="hint">Thanks, we are filing your signed offer.</p>` : nothing}
      <iframe src=${this.sessionUrl} title="Sign your mortgage offer" allow="clipboard-write"></iframe>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'harbour-offer-signature': HarbourOfferSignature;
  }
  interface HTMLElementEventMap {
    'harbour-offer-signed': CustomEvent<{ reference: string }>;
    'harbour-offer-declined': CustomEvent<SigningMessage>;
  }
}
