import Component from '@glimmer/component';
import { action } from '@ember/object';
import { service } from '@ember/service';

// Template: <div {{window-message this.onFrameMessage}}>{{yield}}</div>
// The checkout page embeds the identity step (which has its own listener) and the PayLink card widget.
export default class CheckoutFrames extends Component {
  @service receipts;

  @action
  onFrameMessage(event) {
    // The identity step's frame is handled by <IdentityStep>; everything else comes from the card widget.
    if (event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload?.value === 'success') {
      this.receipts.confirm(data.transactionReference);
    }
  }
}
