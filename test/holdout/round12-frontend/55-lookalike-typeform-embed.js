// Ember Octane component embedding the onboarding survey (Typeform); wired with {{did-insert this.setupFrame}}.
import Component from '@glimmer/component';
import { action } from '@ember/object';

export default class TypeformEmbedComponent extends Component {
  @action
  setupFrame(element) {
    element.setAttribute('allow', 'camera;microphone;fullscreen');
    window.addEventListener('message', this.onMessage);
  }

  @action
  teardownFrame() {
    window.removeEventListener('message', this.onMessage);
  }

  @action
  onMessage(event) {
    if (!event.origin.endsWith('.typeform.com')) return;
    const data = JSON.parse(event.data);
    if (data.type === 'form-submit') this.args.onSubmitted?.(data.responseId);
  }
}
