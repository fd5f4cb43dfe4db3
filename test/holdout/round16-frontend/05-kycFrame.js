// Salesforce Lightning Web Component: the identity frame of the Experience Cloud onboarding page.
import { LightningElement, api, track } from 'lwc';

export default class KycFrame extends LightningElement {
  @api frameUrl;
  @track reference;
  @track failed = false;

  connectedCallback() {
    window.addEventListener('message', this.handleMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.handleMessage);
  }

  handleMessage = (event) => {
    if (!event.origin.endsWith('.netverify.com')) {
      return;
    }
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.dispatchEvent(new CustomEvent('verified', { detail: { reference: data.transactionReference } }));
    } else if (data.payload.value === 'error') {
      this.failed = true;
    }
  };
}
