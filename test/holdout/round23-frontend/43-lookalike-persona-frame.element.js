// <persona-frame src="…"> wraps Persona's hosted inquiry flow for the legacy account pages.
const FRAME_ORIGIN = /^https:\/\/[\w-]+\.withpersona\.com$/;

class PersonaFrame extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `
      <iframe class="persona-frame__client" src="${this.getAttribute('src')}" title="Identity check" width="100%" height="660" allow="camera;fullscreen"></iframe>
    `;
    window.addEventListener('message', this);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this);
  }

  handleEvent(event) {
    if (!FRAME_ORIGIN.test(event.origin)) return;
    const data = JSON.parse(event.data);
    const { value, metainfo } = data.payload;
    if (value === 'success') {
      this.dispatchEvent(new CustomEvent('completed', { bubbles: true, detail: { inquiryId: data.inquiryId, reference: data.transactionReference } }));
    } else if (value === 'error') {
      this.dispatchEvent(
        new CustomEvent('failed', { bubbles: true, detail: { code: metainfo && metainfo.code, reference: data.transactionReference } }),
      );
    }
  }
}

customElements.define('persona-frame', PersonaFrame);
