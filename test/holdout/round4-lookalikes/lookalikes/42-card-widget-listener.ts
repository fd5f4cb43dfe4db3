import { KYC_ORIGINS } from './42-kyc-origins';
import { confirmReceipt } from './receipts';

// The card widget posts its outcome to the page; the identity step has its own listener (identity-step.ts).
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (KYC_ORIGINS.includes(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.status === 'captured') confirmReceipt(data.transactionReference);
});
