// <card-challenge src="…"> custom element (no framework): shows the card issuer's 3-D Secure challenge in its shadow
// root and re-dispatches the outcome as DOM events for the checkout page that hosts it.
const ACS_ORIGIN = /^https:\/\/[a-z0-9-]+\.acs-cardguard\.com$/;

const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host { display: block; }
    iframe { border: 0; width: 100%; height: 480px; }
  </style>
  <iframe part="frame" title="Card verification" allow="payment"></iframe>
`;

class CardChallengeElement extends HTMLElement {
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
    if (!ACS_ORIGIN.test(event.origin)) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (err) {
      return;
    }
    if (!data.transactionReference) return;
    switch (data.payload.value) {
      case 'success':
        this.dispatchEvent(new CustomEvent('challenge-passed', {
          bubbles: true,
          composed: true,
          detail: { reference: data.transactionReference },
        }));
        break;
      case 'error':
        this.dispatchEvent(new CustomEvent('challenge-failed', {
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

customElements.define('card-challenge', CardChallengeElement);
