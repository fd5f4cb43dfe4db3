import { LitElement, html } from 'lit';

// The allow list comes from a property: flagged (its value is decided elsewhere), never edited.
export class IdCheckFrame extends LitElement {
  declare src: string;
  declare perms: string;

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', (event: MessageEvent) => {
      const data = JSON.parse(event.data);
      if (data.eventType === 510 && data.payload.value === 'success') this.dispatchEvent(new CustomEvent('done', { detail: data.transactionReference }));
    });
  }

  render() {
    return html`<iframe src="${this.src}" allow=${this.perms}></iframe>`;
  }
}
