// <identity-check src="…"> — wraps the Netverify web client in a shadow root.
const template = document.createElement('template');
template.innerHTML = `
  <style>:host { display: block } iframe { border: 0; width: 100%; height: 660px }</style>
  <iframe allow="camera;fullscreen" allowfullscreen></iframe>
`;

class IdentityCheck extends HTMLElement {
  static get observedAttributes() {
    return ['src'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).appendChild(template.content.cloneNode(true));
    this._frame = this.shadowRoot.querySelector('iframe');
  }

  connectedCallback() {
    window.addEventListener('message', this._onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this._onMessage);
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'src') this._frame.src = value;
  }

  _onMessage = (event) => {
    if (event.origin.indexOf('netverify.com') === -1) return;
    const data = JSON.parse(event.data);
    this.dispatchEvent(
      new CustomEvent('identity-' + data.payload.value, {
        detail: { reference: data.transactionReference, code: data.payload.metainfo && data.payload.metainfo.code },
        bubbles: true,
        composed: true,
      }),
    );
  };
}

customElements.define('identity-check', IdentityCheck);
