import { Controller } from '@hotwired/stimulus';

// The view attaches receive to window messages: data-action="message@window->kyc-window#receive".
export default class extends Controller {
  static targets = ['reference'];

  receive(event) {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') return;
    if (data.payload.value === 'success') {
      this.referenceTarget.value = data.transactionReference;
      this.element.requestSubmit();
    }
  }
}
