// <identity-check-field name="identityReference" session-url="…" frame-title="…">
//
// The identity step of the partner portal as a framework-free, FORM-ASSOCIATED custom element: the Angular screens
// and the old JSP screens both put it inside their <form>, and the form cannot be submitted until the Netverify web
// client in its shadow root reports success; the reference then becomes the field's form value. Its state is exposed
// through ElementInternals: ARIA (busy, label) and custom states for the portal's CSS (:state(loading), :state(verified),
// :state(failed)).
const WEB_CLIENT_ORIGIN = /^https:\/\/ridgeway\.netverify\.com$/;
const WATCHDOG_MS = 45000;

const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

class IdentityCheckField extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ['session-url'];

  #internals = this.attachInternals();
  #root = this.attachShadow({ mode: 'open', delegatesFocus: true });
  #watchdog = 0;

  connectedCallback() {
    const title = this.getAttribute('frame-title') ?? 'Identity check';
    this.#root.innerHTML = `
      <style>
        :host { display: block; }
        :host(:state(loading)) .skeleton { display: block; }
        .skeleton { display: none; height: 600px; border-radius: 8px; background: #eef1f4; }
        iframe { width: 100%; height: 600px; border: 0; }
      </style>
      <div class="skeleton" part="skeleton"></div>
      <iframe part="frame" title="${escapeAttr(title)}" allow="camera;fullscreen"></iframe>
      <p class="fallback" part="fallback" hidden><span></span> <a href="#" part="retry">Try again</a></p>
    `;
    this.#root.querySelector('a').addEventListener('click', (event) => {
      event.preventDefault();
      this.dispatchEvent(new CustomEvent('identity-retry', { bubbles: true }));
    });
    this.#internals.ariaLabel = title;
    this.#internals.setFormValue(null);
    this.#internals.setValidity({ valueMissing: true }, 'Please complete the identity check first.');
    window.addEventListener('message', this.#onMessage);
    if (this.hasAttribute('session-url')) this.#load(this.getAttribute('session-url'));
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.#onMessage);
    clearTimeout(this.#watchdog);
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'session-url' && value && value !== oldValue && this.isConnected) this.#load(value);
  }

  #load(url) {
    const frame = this.#root.querySelector('iframe');
    this.#root.querySelector('.fallback').hidden = true;
    frame.hidden = false;
    frame.src = url;
    this.#setState('loading');
    clearTimeout(this.#watchdog);
    this.#watchdog = setTimeout(() => this.#fallBack('The identity check did not start.'), WATCHDOG_MS);
  }

  #setState(state) {
    for (const s of ['loading', 'verified', 'failed']) this.#internals.states.delete(s);
    this.#internals.states.add(state);
    this.#internals.ariaBusy = state === 'loading' ? 'true' : 'false';
  }

  #fallBack(text) {
    clearTimeout(this.#watchdog);
    this.#setState('failed');
    this.#root.querySelector('iframe').hidden = true;
    const fallback = this.#root.querySelector('.fallback');
    fallback.querySelector('span').textContent = text;
    fallback.hidden = false;
    fallback.querySelector('a').focus();
  }

  #onMessage = (event) => {
    if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    clearTimeout(this.#watchdog);
    if (data.payload.value === 'loaded') {
      this.#internals.states.delete('loading');
      this.#internals.ariaBusy = 'false';
    } else if (data.payload.value === 'success') {
      this.#setState('verified');
      this.#internals.setFormValue(data.transactionReference);
      this.#internals.setValidity({});
      this.dispatchEvent(new CustomEvent('identity-verified', { bubbles: true, detail: { reference: data.transactionReference } }));
    } else if (data.payload.value === 'error') {
      const code = data.payload.metainfo && data.payload.metainfo.code;
      // 9200/9210: the session expired; the portal fetches a new URL and sets session-url again.
      if (code === 9200 || code === 9210) {
        this.dispatchEvent(new CustomEvent('identity-session-expired', { bubbles: true }));
      } else {
        this.#fallBack(`The identity check stopped (code ${code}).`);
      }
    }
  };
}

customElements.define('identity-check-field', IdentityCheckField);
