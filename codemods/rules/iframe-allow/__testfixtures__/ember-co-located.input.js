// The class of the co-located template ember-co-located.input.hbs: it handles the web client's events.
import Component from '@glimmer/component';
import { action } from '@ember/object';

export default class IdCheckComponent extends Component {
  constructor(owner, args) {
    super(owner, args);
    window.addEventListener('message', this.onMessage);
  }

  @action
  onMessage(event) {
    const data = JSON.parse(event.data);
    if (data.eventType === 510 && data.payload.value === 'success') this.args.onDone(data.transactionReference);
  }
}
