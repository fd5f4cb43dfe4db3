import { Controller } from '@hotwired/stimulus';

// Onfido Studio workflow in an iframe (identity verification by Onfido).
export default class extends Controller {
  static targets = ['frame'];

  connect() {
    window.addEventListener('message', this.receive);
  }

  disconnect() {
    window.removeEventListener('message', this.receive);
  }

  receive = (event) => {
    if (!event.origin.endsWith('.onfido.com')) return;
    const data = JSON.parse(event.data);
    if (data.type === 'complete') this.dispatch('complete', { detail: data.workflowRunId });
  };
}
