// Ember classic component for Veriff's InContext SDK.
import Component from '@ember/component';
import { createVeriffFrame, MESSAGES } from '@veriff/incontext-sdk';

export default Component.extend({
  didInsertElement() {
    this._super(...arguments);
    this.frame = createVeriffFrame({
      url: this.sessionUrl,
      onEvent: (msg) => {
        if (msg === MESSAGES.FINISHED) this.onFinished(this.sessionId);
      },
    });
    this._onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this._onMessage);
  },

  willDestroyElement() {
    window.removeEventListener('message', this._onMessage);
    this._super(...arguments);
  },

  onMessage(event) {
    if (event.origin !== 'https://magic.veriff.me') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.onFinished(data.transactionReference);
  },
});
