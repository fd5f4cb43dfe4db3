import Component from '@glimmer/component';
import { tracked } from '@glimmer/tracking';
import { action } from '@ember/object';
import { modifier } from 'ember-modifier';

const onWindowMessage = modifier((element, [handler]) => {
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
});

export default class IdentityVerification extends Component {
  @tracked reference = null;
  @tracked failed = false;

  @action
  handleMessage(event) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.reference = data.transactionReference;
      this.args.onVerified?.(data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.failed = true;
    }
  }

  <template>
    {{#if this.failed}}
      <p class="error">Verification failed.</p>
    {{else}}
      <iframe
        src={{@redirectUrl}}
        width="100%"
        height="660"
        allow="camera;fullscreen"
        allowfullscreen
        {{onWindowMessage this.handleMessage}}
      ></iframe>
    {{/if}}
  </template>
}
