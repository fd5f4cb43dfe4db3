import Component from '@glimmer/component';
import { action } from '@ember/object';
import { inject as service } from '@ember/service';
import { tracked } from '@glimmer/tracking';
import { registerDestructor } from '@ember/destroyable';

export default class JumioVerificationComponent extends Component {
  @service router;
  @service kyc;

  @tracked state = 'loading';

  constructor(owner, args) {
    super(owner, args);
    window.addEventListener('message', this.onMessage);
    registerDestructor(this, () => window.removeEventListener('message', this.onMessage));
  }

  @action
  onMessage(event) {
    let payload;
    try {
      payload = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (!payload.transactionReference) {
      return;
    }
    this.state = payload.payload.value;
    if (payload.payload.value === 'success') {
      this.kyc.complete(payload.transactionReference).then(() => this.router.transitionTo('account.overview'));
    }
  }
}
