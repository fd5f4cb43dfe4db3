// A Salesforce Lightning Web Component: its template is lwc-convention.html beside it, by convention (no import).
import { LightningElement, api } from 'lwc';

export default class IdentityCheck extends LightningElement {
  @api frameUrl;

  connectedCallback() {
    this.handleMessage = this.handleMessage.bind(this);
    window.addEventListener('message', this.handleMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.dispatchEvent(new CustomEvent('verified', { detail: data.transactionReference }));
    }
  }
}
