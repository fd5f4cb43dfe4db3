import { Controller } from '@hotwired/stimulus';

// Attached by the view: data-action="message@window->kyc-window#receive".
export default class extends Controller {
  receive(event) {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') return;
    if (data.payload.value === 'success') this.element.dataset.reference = data.transactionReference;
  }
}
