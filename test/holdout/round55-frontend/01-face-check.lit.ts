// <harbour-face-check session-url="…"> — the face check of Harbour Building Society's mortgage application (Lit 3).
// The application page asks our API for a Netverify authentication session and sets `session-url` from it; this
// element frames the web client and tells the page how it went:
//   harbour-face-check-verified   detail { reference }        the applicant passed, the page lets them continue
//   harbour-face-check-failed     detail: the client's event  the page shows the code's text and the reference
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** Our white-label web client ("harbour" in the Customer Portal). */
const WEB_CLIENT_ORIGIN = 'https://harbour.netverify.com';

/** An event of the web client, posted to this window as a JSON string. */
interface FrameMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

type Phase = 'loading' | 'capturing' | 'checking' | 'failed';

@customElement('harbour-face-check')
export class HarbourFaceCheck extends LitElement {
  static styles = css`
    :host { display: block; }
    iframe { border: 0; width: 100%; height: 680px; }
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
    // A new session (the page's "Try again") starts from the beginning.
    if (changed.has('sessionUrl')) this.phase = 'loading';
  }

  private handleFrameMessage = (event: MessageEvent<string>): void => {
    if (event.origin !== WEB_CLIENT_ORIGIN) return;
    let message: FrameMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    switch (message.payload.value) {
      case 'loaded':
        this.phase = 'capturing';
        break;
      case 'success':
        this.phase = 'checking';
        this.dispatchEvent(new CustomEvent('harbour-face-check-verified', {
          detail: { reference: message.transactionReference },
          bubbles: true,
          composed: true,
        }));
        break;
      case 'error':
        this.phase = 'failed';
        // The page picks the text for the code, and the contact centre asks for the reference.
        this.dispatchEvent(new CustomEvent('harbour-face-check-failed', { detail: message, bubbles: true, composed: true }));
        break;
    }
  };

  render() {
    if (this.phase === 'failed') return nothing;
    return html`
      ${this.phase === 'loading' ? html`<p class="hint">Loading the face check…</p>` : nothing}
      ${this.phase === 'checking' ? html`<p class="hint">Thanks, we are checking your photo.</p>` : nothing}
      <iframe src=${this.sessionUrl} title="Face check" allow="camera;fullscreen"></iframe>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'harbour-face-check': HarbourFaceCheck;
  }
  interface HTMLElementEventMap {
    'harbour-face-check-verified': CustomEvent<{ reference: string }>;
    'harbour-face-check-failed': CustomEvent<FrameMessage>;
  }
}
