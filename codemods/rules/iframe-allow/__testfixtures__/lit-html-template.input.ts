import { LitElement, html } from 'lit';

// A Lit element that embeds the web client and handles its events itself: its html`` template is its markup.
export class IdCheck extends LitElement {
  static properties = { src: {} };
  declare src: string;

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  onMessage = (event: MessageEvent) => {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'error') console.warn(data.payload.metainfo.code, data.transactionReference);
  };

  render() {
    return html`
      ${this.src ? html`<p>Loading ${this.src.length}</p>` : null}
      <iframe src=${this.src} title="ID check" allow="camera; fullscreen"></iframe>
    `;
  }
}
