// Routers that switch on the origin: only the reads under the Jumio (Netverify) case are the Jumio event's; the PayLink
// card widget's case keeps its transactionReference, and a read in default: or after the switch is flagged.
import { confirmReceipt } from './receipts';
import { identityDone } from './identity';

window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  switch (event.origin) {
    case 'https://acme.netverify.com':
      if (data.payload.value === 'success') identityDone(data.transactionReference);
      break;
    case 'https://widget.paylink.example': {
      const payment = data;
      confirmReceipt(payment.transactionReference);
      break;
    }
    default:
      console.warn('unknown frame', data.transactionReference);
  }
  console.info('frame message', data.transactionReference);
});

// On the host name, with a fall-through from the card widget's case into a Jumio one (not Jumio's for sure).
window.addEventListener('message', (event: MessageEvent<string>) => {
  const data = JSON.parse(event.data);
  switch (new URL(event.origin).hostname) {
    case 'widget.paylink.example':
    case 'acme.netverify.com':
      console.info('either', data.transactionReference);
      break;
    case 'lon.netverify.com':
      identityDone(data.transactionReference);
      return;
    case 'pay.stripe-like.example':
      confirmReceipt(data.transactionReference);
  }
});

// switch (true) with a suffix check per case.
window.addEventListener('message', ({ origin, data: raw }: MessageEvent<string>) => {
  const data = JSON.parse(raw);
  switch (true) {
    case origin.endsWith('.netverify.com'):
      identityDone(data.transactionReference);
      break;
    case origin === 'https://widget.paylink.example':
      confirmReceipt(data.transactionReference);
      break;
  }
});
