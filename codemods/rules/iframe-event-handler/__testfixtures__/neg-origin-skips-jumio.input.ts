// Listeners of the card widget that SKIP the Jumio (Netverify) identity frame: an origin check whose match leaves the
// handler proves the rest is another sender's. Nothing here is renamed.
import { confirmReceipt } from './receipts';

const KYC_ORIGINS = ['https://acme.netverify.com', 'https://acme.lon.netverify.com'];
const isIdentityFrame = (origin: string) => origin.endsWith('.netverify.com');

// The identity step has its own listener; this one skips its frame.
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload?.value === 'success') confirmReceipt(data.transactionReference);
});

// An origin list of the Netverify frames, used to skip them.
window.addEventListener('message', (e: MessageEvent<string>) => {
  if (KYC_ORIGINS.includes(e.origin)) {
    return;
  }
  const data = JSON.parse(e.data);
  if (data.payload.value === 'success') confirmReceipt(data.transactionReference);
});

// Through a const alias, and a predicate with another condition.
window.addEventListener('message', (event: MessageEvent<string>) => {
  const fromNetverify = /\.netverify\.com$/.test(event.origin);
  if (fromNetverify || !event.data) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') confirmReceipt(data.transactionReference);
});
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (isIdentityFrame(event.origin) || typeof event.data !== 'string') return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') confirmReceipt(data.transactionReference);
});

// The Netverify frame in the if, the card widget in the else.
window.addEventListener('message', (event: MessageEvent<string>) => {
  if (event.origin === 'https://acme.netverify.com') {
    console.debug('jumio: handled by IdentityStep');
  } else {
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') confirmReceipt(data.transactionReference);
  }
});
