// @ts-check
// <tamsin-face-check session-url="…"> — the face check Tamsin Energy asks for before a change of account holder or
// of the payment method on a prepayment meter. Framework-free, so the account site, the engineers' booking app and
// the partner pages can all use the same file. The Netverify web client runs in a frame inside a closed shadow root;
// the element tells the page how it went with `tamsin-face-check-verified` / `tamsin-face-check-failed` events
// (detail: { reference, code }).

/**
 * One event of the web client, posted to this window as a JSON string.
 * @typedef {object} WebClientEvent
 * @property {string} authorizationToken
 * @property {string} transactionReference
 * @property {number} eventType
 * @property {string} dateTime
 * @property {{ value: 'loaded' | 'success' | 'error', metainfo?: { code: number } }} payload
 */

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; }
  iframe { border: 0; width: 100%; height: 660px; }
`);

export class TamsinFaceCheck extends HTMLElement {
  static observedAttributes = ['session-url'];

  #root = this.attachShadow({ mode: 'closed' });
  #frame = document.createElement('iframe');
  /** @type {AbortController | null} */
  #listening = null;

  constructor() {
    super();
    this.#root.adoptedStyleSheets = [sheet];
    this.#frame.title = 'Face check';
    this.#frame.setAttribute('allow', 'camera;fullscreen');
    this.#root.append(this.#frame);
  }

  connectedCallback() {
    this.#listening = new AbortController();
    window.addEventListener('message', (event) => this.#receive(event), { signal: this.#listening.signal });
  }

  disconnectedCallback() {
    this.#listening?.abort();
    this.#listening = null;
  }

  /**
   * @param {string} name
   * @param {string | null} _old
   * @param {string | null} value
   */
  attributeChangedCallback(name, _old, value) {
    if (name === 'session-url' && value) this.#frame.src = value;
  }

  /** @param {MessageEvent} event */
  #receive(event) {
    if (!new URL(event.origin).hostname.endsWith('.netverify.com')) return;
    /** @type {WebClientEvent} */
    let message;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (message.payload.value === 'loaded') return;
    const outcome = message.payload.value === 'success' ? 'verified' : 'failed';
    this.dispatchEvent(new CustomEvent(`tamsin-face-check-${outcome}`, {
      bubbles: true,
      composed: true,
      detail: { reference: message.transactionReference, code: message.payload.metainfo?.code ?? null },
    }));
  }
}

customElements.define('tamsin-face-check', TamsinFaceCheck);
