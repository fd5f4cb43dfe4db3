// indexOf origin checks, both polarities: `!== -1`, `> -1`, `>= 0` let Jumio's events through, `=== -1` skips them.
import { confirmReceipt } from './receipts';
import { identityDone } from './identity';

window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  if (event.origin.indexOf('netverify.com') !== -1) identityDone(data.transactionReference);
  else if (event.origin.indexOf('paylink.example') > -1) confirmReceipt(data.transactionReference);
});

window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  if (event.origin.indexOf('paylink.example') >= 0) {
    confirmReceipt(data.transactionReference);
    return;
  }
  if (event.origin.indexOf('netverify.com') === -1) return;
  identityDone(data.transactionReference);
});

// A bare indexOf is truthy when the host is NOT at the front: it proves nothing about the branch.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  if (event.origin.indexOf('https://widget.paylink.example') === 0) confirmReceipt(data.transactionReference);
  else if (~event.origin.indexOf('.netverify.com')) identityDone(data.transactionReference);
});
