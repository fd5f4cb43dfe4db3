// Ember classic component (pre-Octane): app/components/identity-check.js
import Component from '@ember/component';
import { inject as service } from '@ember/service';

export default Component.extend({
  kyc: service(),
  tagName: '',

  didInsertElement() {
    this._super(...arguments);
    this._onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this._onMessage);
  },

  willDestroyElement() {
    window.removeEventListener('message', this._onMessage);
    this._super(...arguments);
  },

  onMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) {
      return;
    }
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.kyc.markSubmitted(data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.set('errorCode', data.payload.metainfo.code);
    }
  },
});
