// <kyc-frame src="…"> — a plain custom element (no framework) wrapping the Netverify web client.
const template = document.createElement('template');
template.innerHTML = `
  <style>:host { display: block } iframe { border: 0; width: 100%; height: 660px }</style>
  <iframe part="frame" title="Identity check" allow="camera;fullscreen" allowfullscreen></iframe>
`;

class KycFrame extends HTMLElement {
  static observedAttributes = ['src'];
  #frame;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).appendChild(template.content.cloneNode(true));
    this.#frame = this.shadowRoot.querySelector('iframe');
    this.onMessage = this.onMessage.bind(this);
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'src') this.#frame.src = value;
  }

  connectedCallback() {
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
  }

  onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (_) {
      return;
    }
    this.dispatchEvent(new CustomEvent(`kyc-${data.payload.value}`, {
      bubbles: true,
      detail: { reference: data.transactionReference, code: data.payload.metainfo && data.payload.metainfo.code },
    }));
  }
}

customElements.define('kyc-frame', KycFrame);
