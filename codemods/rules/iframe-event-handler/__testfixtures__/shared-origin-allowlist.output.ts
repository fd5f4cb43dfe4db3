// One allow-list for the identity frame and the card widget: passing it says the message comes from either, so it
// proves nothing about the reads after it (the card widget posts transactionReference too). Nothing is renamed; a
// legacy allow-list before legacy reads is flagged at the check, a KYX one (already migrated) is left alone.
import { confirmReceipt, markStep } from './steps';

const TRUSTED = /^https:\/\/(acme\.netverify\.com|widget\.paylink\.example)$/;
const FRAMES = ['https://acme.netverify.com', 'https://widget.paylink.example'];
const isTrusted = (o: string) => o === 'https://widget.paylink.example' || o.endsWith('.netverify.com');

window.addEventListener('message', (event: MessageEvent<string>) => {
  // TODO(netverify-migrate): iframe-event-handler: TRUSTED.test(event.origin) lets the legacy Jumio web client (^https:\/\/(acme\.netverify\.com|widget\.paylink\.example)$) and another site through, so nothing shows which of these messages are Jumio's: if this handler handles the web client's events, read workflowExecutionId instead of transactionReference on those only (accountId is new) and let the KYX web client (*.web.<region>.jumio.ai) through
  if (!TRUSTED.test(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') confirmReceipt(data.transactionReference);
});

window.addEventListener('message', (event: MessageEvent<string>) => {
  // TODO(netverify-migrate): iframe-event-handler: FRAMES.includes(event.origin) lets the legacy Jumio web client (https://acme.netverify.com) and another site through, so nothing shows which of these messages are Jumio's: if this handler handles the web client's events, read workflowExecutionId instead of transactionReference on those only (accountId is new) and let the KYX web client (*.web.<region>.jumio.ai) through
  if (!FRAMES.includes(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') markStep(data.transactionReference);
});

window.addEventListener('message', (event: MessageEvent<string>) => {
  // TODO(netverify-migrate): iframe-event-handler: isTrusted(event.origin) lets the legacy Jumio web client (.netverify.com) and another site through, so nothing shows which of these messages are Jumio's: if this handler handles the web client's events, read workflowExecutionId instead of transactionReference on those only (accountId is new) and let the KYX web client (*.web.<region>.jumio.ai) through
  if (!isTrusted(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') markStep(data.transactionReference);
});

const KYX_TRUSTED = /^https:\/\/([\w-]+\.web\.emea-1\.jumio\.ai|widget\.paylink\.example)$/;
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!KYX_TRUSTED.test(event.origin)) return;
  const data = JSON.parse(event.data);
  if ('workflowExecutionId' in data) markStep(data.workflowExecutionId);
  else if (data.status === 'captured') confirmReceipt(data.transactionReference);
});
