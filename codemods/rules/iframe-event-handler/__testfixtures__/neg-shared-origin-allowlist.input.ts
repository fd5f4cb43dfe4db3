// One allow-list for the identity frame and the card widget: passing it says the message comes from either, so it
// proves nothing about the reads after it (the card widget posts transactionReference too). Nothing is renamed.
import { confirmReceipt, markStep } from './steps';

const TRUSTED = /^https:\/\/(acme\.netverify\.com|widget\.paylink\.example)$/;
const FRAMES = ['https://acme.netverify.com', 'https://widget.paylink.example'];
const isTrusted = (o: string) => o === 'https://widget.paylink.example' || o.endsWith('.netverify.com');

window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!TRUSTED.test(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') confirmReceipt(data.transactionReference);
});

window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!FRAMES.includes(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') markStep(data.transactionReference);
});

window.addEventListener('message', (event: MessageEvent<string>) => {
  if (!isTrusted(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') markStep(data.transactionReference);
});
