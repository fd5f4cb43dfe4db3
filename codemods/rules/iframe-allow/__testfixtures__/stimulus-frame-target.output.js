// app/javascript/controllers/identity_controller.js — Netverify identity check.
import { Controller } from '@hotwired/stimulus';

export default class extends Controller {
  static targets = ['iframe'];

  connect() {
    this.iframeTarget.allow = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
    this.iframeTarget.allowFullscreen = true;
    this.receive = this.receive.bind(this);
    window.addEventListener('message', this.receive);
  }

  disconnect() {
    window.removeEventListener('message', this.receive);
  }

  receive(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.dispatch('done', { detail: data.transactionReference });
  }
}
