// app/javascript/controllers/calendly_controller.js — booking widget for onboarding calls.
import { Controller } from '@hotwired/stimulus';

export default class extends Controller {
  static targets = ['frame', 'status'];
  static values = { url: String };

  connect() {
    this.frameTarget.setAttribute('allow', 'fullscreen');
    this.frameTarget.src = this.urlValue;
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }

  disconnect() {
    window.removeEventListener('message', this.onMessage);
  }

  onMessage(event) {
    if (event.origin !== 'https://calendly.com') return;
    if (event.data.event === 'calendly.event_scheduled') {
      this.statusTarget.textContent = 'Booked';
      this.dispatch('booked', { detail: event.data.payload });
    }
  }
}
