import Component from '@glimmer/component';
import { action } from '@ember/object';
import { tracked } from '@glimmer/tracking';
import { addEventListener } from 'ember-lifeline';

// Identity check frame; ember-lifeline removes the listener when the component is destroyed.
export default class KycFrameComponent extends Component {
  @tracked reference = null;

  constructor(owner, args) {
    super(owner, args);
    addEventListener(this, window, 'message', this.onMessage);
  }

  @action
  onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.args.onVerified?.(data.transactionReference);
    }
  }
}
