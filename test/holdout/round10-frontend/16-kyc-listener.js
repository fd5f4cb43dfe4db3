// Ember Octane service: app/services/kyc-listener.js. Lives as long as the owner; the listener goes with it.
import Service, { service } from '@ember/service';
import { registerDestructor } from '@ember/destroyable';
import { tracked } from '@glimmer/tracking';

export default class KycListenerService extends Service {
  @service router;
  @tracked reference = null;

  constructor() {
    super(...arguments);
    const handler = (event) => this.receive(event);
    window.addEventListener('message', handler);
    registerDestructor(this, () => window.removeEventListener('message', handler));
  }

  receive(event) {
    if (!/\.netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.router.transitionTo('kyc.done');
    }
  }
}
