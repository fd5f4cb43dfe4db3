import { Controller } from '@hotwired/stimulus';

// Identity check (Netverify web client in the frame target).
export default class extends Controller {
  static targets = ['frame', 'reference'];
  static values = { url: String };

  connect() {
    this.frameTarget.src = this.urlValue;
    window.addEventListener('message', this.receive);
  }

  disconnect() {
    window.removeEventListener('message', this.receive);
  }

  receive = (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.referenceTarget.value = data.transactionReference;
      this.element.closest('form').requestSubmit();
    }
  };
}
