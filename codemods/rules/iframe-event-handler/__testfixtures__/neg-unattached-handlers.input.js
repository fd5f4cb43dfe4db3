import Component from '@glimmer/component';
import { action } from '@ember/object';

export default class Checkout extends Component {
  // Another vendor's origin.
  @action
  onPaymentMessage(event) {
    if (event.origin !== 'https://js.stripe.com') return;
    const data = JSON.parse(event.data);
    this.args.onPaid(data.transactionReference);
  }

  // Checks the origin but never parses the posted data: not a handler of the event shape.
  isFromVerification(event) {
    return event.origin.endsWith('.netverify.com');
  }
}

// Exported: attached (and judged) where it is imported.
export function handleJumioMessage(event) {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  console.info(data.transactionReference);
}

// An anonymous callback of something that is not the window.
socket.on('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  console.info(data.transactionReference);
});
