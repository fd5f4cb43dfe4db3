// Routers that switch on the origin: only the reads under the Jumio (Netverify) case are the Jumio event's; the PayLink
// card widget's case keeps its transactionReference, and a read in default: or after the switch is flagged.
import { confirmReceipt } from './receipts';
import { identityDone } from './identity';

window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  switch (event.origin) {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    case 'https://acme.web.amer-1.jumio.ai':
      if (data.payload.value === 'success') identityDone(data.workflowExecutionId);
      break;
    case 'https://widget.paylink.example': {
      const payment = data;
      confirmReceipt(payment.transactionReference);
      break;
    }
    default:
      // TODO(netverify-migrate): iframe-event-handler: this handler routes messages by origin and this read of transactionReference is in none of its branches the codemod can tell: if it reads a Jumio event, read workflowExecutionId instead
      console.warn('unknown frame', data.transactionReference);
  }
  // TODO(netverify-migrate): iframe-event-handler: this handler routes messages by origin and this read of transactionReference is in none of its branches the codemod can tell: if it reads a Jumio event, read workflowExecutionId instead
  console.info('frame message', data.transactionReference);
});

// On the host name, with a fall-through from the card widget's case into a Jumio one (not Jumio's for sure).
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  switch (new URL(event.origin).hostname) {
    case 'widget.paylink.example':
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    case 'acme.web.amer-1.jumio.ai':
      // TODO(netverify-migrate): iframe-event-handler: this handler routes messages by origin and this read of transactionReference is in none of its branches the codemod can tell: if it reads a Jumio event, read workflowExecutionId instead
      console.info('either', data.transactionReference);
      break;
    // TODO(netverify-migrate): iframe-event-handler: origin check against lon.netverify.com cannot be translated exactly: the KYX web client is served from <prefix>.web.<region>.jumio.ai; compare event.origin with new URL(web.href).origin of the account response
    case 'lon.netverify.com':
      identityDone(data.workflowExecutionId);
      return;
    case 'pay.stripe-like.example':
      confirmReceipt(data.transactionReference);
  }
});

// switch (true) with a suffix check per case.
window.addEventListener('message', ({ origin, data: raw }: MessageEvent<string>) => {
  const data = JSON.parse(raw);
  switch (true) {
    case origin.endsWith('.jumio.ai'):
      identityDone(data.workflowExecutionId);
      break;
    case origin === 'https://widget.paylink.example':
      confirmReceipt(data.transactionReference);
      break;
  }
});
