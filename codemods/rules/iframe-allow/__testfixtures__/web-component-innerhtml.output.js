// <identity-check> wraps the web client in a shadow root; its template element holds the iframe.
const template = document.createElement('template');
template.innerHTML = `
  <style>:host { display: block } iframe { border: 0; width: 100%; height: 660px }</style>
  <iframe allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen title="Identity check"></iframe>
`;

class IdentityCheck extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).appendChild(template.content.cloneNode(true));
    this._frame = this.shadowRoot.querySelector('iframe');
  }

  connectedCallback() {
    window.addEventListener('message', this._onMessage);
  }

  _onMessage = (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    this.dispatchEvent(new CustomEvent('identity-' + data.payload.value, { detail: data.transactionReference }));
  };
}

customElements.define('identity-check', IdentityCheck);
