// Routers with a branch per origin: only the reads in the Jumio (Netverify) branch are the Jumio event's; the PayLink
// card widget's branch keeps its transactionReference.
import { confirmReceipt } from './receipts';
import { identityDone } from './identity';

const PAYLINK = 'https://widget.paylink.example';
const TRUSTED = /^https:\/\/(acme\.netverify\.com|widget\.paylink\.example)$/;

// The other vendor first, with an early return.
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (event.origin === PAYLINK) {
    const payment = JSON.parse(event.data);
    if (payment.payload.value === 'success') confirmReceipt(payment.transactionReference);
    return;
  }
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') identityDone(data.transactionReference);
});

// if / else if, one parse for both.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  if (event.origin.endsWith('.netverify.com')) {
    identityDone(data.transactionReference);
  } else if (event.origin === PAYLINK) {
    confirmReceipt(data.transactionReference);
  }
});

// A ternary, and && short-circuits.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  const ref = event.origin.endsWith('.netverify.com') ? data.transactionReference : null;
  event.origin === PAYLINK && confirmReceipt(data.transactionReference);
  if (ref && data.payload.value === 'success') identityDone(ref);
});

// A shared allow-list first, then the branch per vendor.
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!TRUSTED.test(event.origin)) return;
  const data = JSON.parse(event.data);
  if (event.origin === 'https://acme.netverify.com') identityDone(data.transactionReference);
  else confirmReceipt(data.transactionReference);
});

// A read before any check: the router's Jumio branch is migrated, the shared read is flagged.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  console.info('frame message', data.transactionReference);
  if (event.origin === PAYLINK) confirmReceipt(data.transactionReference);
  else if (event.origin.endsWith('.netverify.com')) identityDone(data.transactionReference);
});
