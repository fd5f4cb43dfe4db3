import { inject } from 'aurelia-framework';

// Aurelia 1: the view is aurelia-convention.input.html by convention (no import).
@inject(Element)
export class KycStep {
  attached() {
    window.addEventListener('message', this.onMessage);
  }
  onMessage(event) {
    const data = JSON.parse(event.data);
    if (data.eventType === 510 && data.payload.value === 'success') this.reference = data.transactionReference;
  }
}
