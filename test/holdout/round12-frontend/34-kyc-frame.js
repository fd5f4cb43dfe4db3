// Ember Octane component; the template (34-kyc-frame.hbs) wires the frame with {{did-insert this.setupFrame}}.
import Component from '@glimmer/component';
import { action } from '@ember/object';
import { tracked } from '@glimmer/tracking';

export default class KycFrameComponent extends Component {
  @tracked failedCode = null;

  @action
  setupFrame(element) {
    element.setAttribute('allow', 'camera;fullscreen');
    element.setAttribute('allowfullscreen', '');
    window.addEventListener('message', this.onMessage);
  }

  @action
  teardownFrame() {
    window.removeEventListener('message', this.onMessage);
  }

  @action
  onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.args.onVerified?.(data.transactionReference);
    if (data.payload.value === 'error') this.failedCode = data.payload.metainfo?.code;
  }
}
