// A switch over two payment vendors' origins only: neither case is Jumio's, nothing is touched.
import { confirmReceipt, retryPayment } from './receipts';

window.addEventListener('message', (event: MessageEvent<string>) => {
  const payment = JSON.parse(event.data);
  switch (event.origin) {
    case 'https://widget.paylink.example':
      if (payment.payload.value === 'success') confirmReceipt(payment.transactionReference);
      break;
    case 'https://pay.cardgate.example':
      if (payment.payload.value === 'error') retryPayment(payment.transactionReference, payment.payload.metainfo);
      break;
  }
});
