// app/components/kyc-frame.js
import Component from '@glimmer/component';
import { action } from '@ember/object';
import { service } from '@ember/service';

export default class KycFrameComponent extends Component {
  @service router;
  @service kyc;

  @action
  onJumioMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) {
      return;
    }
    const payload = JSON.parse(event.data);
    if (payload.payload.value === 'success') {
      this.kyc.markSubmitted(payload.transactionReference);
      this.router.transitionTo('onboarding.pending');
    }
  }
}
