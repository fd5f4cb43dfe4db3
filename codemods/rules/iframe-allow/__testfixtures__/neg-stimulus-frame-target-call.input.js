// app/javascript/controllers/video_call_controller.js — support calls.
import { Controller } from '@hotwired/stimulus';

export default class extends Controller {
  static targets = ['frame'];

  connect() {
    this.frameTarget.setAttribute('allow', 'camera;fullscreen');
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }

  onMessage(event) {
    if (event.origin !== 'https://meet.example.com') return;
    const data = JSON.parse(event.data);
    if (data.type === 'ended') this.element.remove();
  }
}
