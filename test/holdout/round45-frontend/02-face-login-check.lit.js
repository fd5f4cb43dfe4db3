import { LitElement, css, html, nothing } from 'lit';

// <face-login-check session-url="…"> — the second factor of the web banking login for customers who turned face
// login on. The login page asks our API for a Netverify authentication session and sets `session-url` from its
// redirectUrl; this element frames the web client and reports the outcome with composed DOM events.
// Plain JavaScript (the login bundle has no TypeScript or decorators), hence `static properties`.
const WEB_CLIENT_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

export class FaceLoginCheck extends LitElement {
  static properties = {
    sessionUrl: { type: String, attribute: 'session-url' },
    _phase: { state: true },
    _errorCode: { state: true },
  };

  static styles = css`
    :host { display: block; }
    iframe { border: 0; width: 100%; height: 620px; }
    .error { color: #b00020; }
  `;

  constructor() {
    super();
    this.sessionUrl = '';
    this._phase = 'loading';
    this._errorCode = undefined;
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

  /** @param {MessageEvent} event */
  _onMessage(event) {
    if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
    let data;
    try {
      data = typeof event.data === 'string' ? JSON.parse(event.data) : null;
    } catch {
      return;
    }
    if (!data || !data.transactionReference) return;

    if (data.payload.value === 'loaded') {
      this._phase = 'capturing';
    } else if (data.payload.value === 'success') {
      this._phase = 'done';
      this.dispatchEvent(new CustomEvent('face-login-verified', {
        detail: { reference: data.transactionReference, at: data.dateTime },
        bubbles: true,
        composed: true,
      }));
    } else if (data.payload.value === 'error') {
      this._phase = 'failed';
      this._errorCode = data.payload.metainfo && data.payload.metainfo.code;
      this.dispatchEvent(new CustomEvent('face-login-failed', {
        detail: { code: this._errorCode },
        bubbles: true,
        composed: true,
      }));
    }
  }

  render() {
    if (!this.sessionUrl) return nothing;
    return html`
      <div class="frame">
        <iframe src=${this.sessionUrl} title="Face login" allow="camera;fullscreen"></iframe>
      </div>
      ${this._phase === 'failed'
        ? html`<p class="error" role="alert">We could not confirm it is you (code ${this._errorCode}). <a href="/login">Sign in again</a></p>`
        : nothing}
    `;
  }
}

customElements.define('face-login-check', FaceLoginCheck);
