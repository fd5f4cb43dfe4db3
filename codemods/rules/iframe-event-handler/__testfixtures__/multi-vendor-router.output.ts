// Routers with a branch per origin: only the reads in the Jumio (Netverify) branch are the Jumio event's; the PayLink
// card widget's branch keeps its transactionReference.
import { confirmReceipt } from './receipts';
import { identityDone } from './identity';

const PAYLINK = 'https://widget.paylink.example';
const TRUSTED = /^https:\/\/(acme\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai|widget\.paylink\.example)$/;

// The other vendor first, with an early return.
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (event.origin === PAYLINK) {
    const payment = JSON.parse(event.data);
    if (payment.payload.value === 'success') confirmReceipt(payment.transactionReference);
    return;
  }
  if (!event.origin.endsWith('.jumio.ai')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') identityDone(data.workflowExecutionId);
});

// if / else if, one parse for both.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  if (event.origin.endsWith('.jumio.ai')) {
    identityDone(data.workflowExecutionId);
  } else if (event.origin === PAYLINK) {
    confirmReceipt(data.transactionReference);
  }
});

// A ternary, and && short-circuits.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  const ref = event.origin.endsWith('.jumio.ai') ? data.workflowExecutionId : null;
  event.origin === PAYLINK && confirmReceipt(data.transactionReference);
  if (ref && data.payload.value === 'success') identityDone(ref);
});

// A shared allow-list first, then the branch per vendor.
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!TRUSTED.test(event.origin)) return;
  const data = JSON.parse(event.data);
  // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
  if (event.origin === 'https://acme.web.amer-1.jumio.ai') identityDone(data.workflowExecutionId);
  else confirmReceipt(data.transactionReference);
});

// A read before any check: the router's Jumio branch is migrated, the shared read is flagged.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  // TODO(netverify-migrate): iframe-event-handler: this handler routes messages by origin and this read of transactionReference is in none of its branches the codemod can tell: if it reads a Jumio event, read workflowExecutionId instead
  console.info('frame message', data.transactionReference);
  if (event.origin === PAYLINK) confirmReceipt(data.transactionReference);
  else if (event.origin.endsWith('.jumio.ai')) identityDone(data.workflowExecutionId);
});
