// app/javascript/controllers/kyc_frame_controller.js — Netverify face authentication step.
import { Controller } from '@hotwired/stimulus';

export default class extends Controller {
  static targets = ['frame', 'status'];
  static values = { url: String };

  connect() {
    this.frameTarget.setAttribute('allow', 'camera;fullscreen');
    this.frameTarget.src = this.urlValue;
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }

  disconnect() {
    window.removeEventListener('message', this.onMessage);
  }

  onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    this.statusTarget.textContent = data.payload.value;
    if (data.payload.value === 'success') {
      this.element.dataset.reference = data.transactionReference;
      this.dispatch('verified', { detail: { reference: data.transactionReference } });
    }
  }
}
