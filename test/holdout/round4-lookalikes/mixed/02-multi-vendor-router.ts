// One listener for the two frames of the checkout: the Netverify identity check and the PayLink card widget.
import { confirmReceipt } from './receipts';
import { identityDone } from './identity';

window.addEventListener('message', (event: MessageEvent<string>) => {
  if (event.origin === 'https://widget.paylink.example') {
    const payment = JSON.parse(event.data);
    if (payment.payload.value === 'success') confirmReceipt(payment.transactionReference);
    return;
  }
  if (event.origin.endsWith('.netverify.com')) {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') identityDone(data.transactionReference);
  }
});
