import Component from '@glimmer/component';
import { action } from '@ember/object';
import { tracked } from '@glimmer/tracking';
import { addEventListener } from 'ember-lifeline';

// ember-lifeline: addEventListener(this, window, 'message', fn), removed when the component is destroyed.
export default class KycFrame extends Component {
  @tracked reference = null;

  constructor(owner, args) {
    super(owner, args);
    addEventListener(this, window, 'message', this.onMessage);
  }

  @action
  onMessage(event) {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.reference = data.workflowExecutionId;
  }
}
