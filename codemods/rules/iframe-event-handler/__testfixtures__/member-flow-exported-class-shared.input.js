// A Stimulus controller keeps the parsed event on a public member: its own read is renamed, and since the exported
// class's member may be read elsewhere too, the hand-off is flagged as well.
import { Controller } from '@hotwired/stimulus';

export default class extends Controller {
  static targets = ['reference'];

  connect() {
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }

  disconnect() {
    window.removeEventListener('message', this.onMessage);
  }

  onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    this.lastEvent = JSON.parse(event.data);
    this.show();
  }

  show() {
    if (this.lastEvent.payload.value === 'success') this.referenceTarget.value = this.lastEvent.transactionReference;
  }
}
