// <identity-frame src="…"> custom element (no framework): shows the identity check in its shadow root and
// re-dispatches the outcome as DOM events for the page that hosts it.
const TENANT_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host { display: block; }
    iframe { border: 0; width: 100%; height: 680px; }
  </style>
  <iframe part="frame" title="Identity check" allow="camera;fullscreen"></iframe>
`;

class IdentityFrameElement extends HTMLElement {
  static get observedAttributes() {
    return ['src'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).appendChild(template.content.cloneNode(true));
    this.onMessage = this.onMessage.bind(this);
  }

  connectedCallback() {
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'src' && value !== oldValue) {
      this.shadowRoot.querySelector('iframe').src = value;
    }
  }

  onMessage(event) {
    if (!TENANT_ORIGIN.test(event.origin)) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (err) {
      return;
    }
    if (!data.transactionReference) return;
    switch (data.payload.value) {
      case 'success':
        this.dispatchEvent(new CustomEvent('identity-verified', {
          bubbles: true,
          composed: true,
          detail: { reference: data.transactionReference },
        }));
        break;
      case 'error':
        this.dispatchEvent(new CustomEvent('identity-failed', {
          bubbles: true,
          composed: true,
          detail: { code: data.payload.metainfo.code },
        }));
        break;
      default:
        break;
    }
  }
}

customElements.define('identity-frame', IdentityFrameElement);
