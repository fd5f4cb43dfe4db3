// Lightning Web Component embedding Veriff's InContext flow.
import { LightningElement, api } from 'lwc';

export default class VeriffFrame extends LightningElement {
  @api sessionUrl;
  status;

  connectedCallback() {
    window.addEventListener('message', this.handleMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage = (event) => {
    if (event.origin !== 'https://magic.veriff.me') return;
    const data = JSON.parse(event.data);
    this.status = data.payload.value;
    this.dispatchEvent(new CustomEvent('veriffdone', { detail: { reference: data.transactionReference } }));
  };
}
