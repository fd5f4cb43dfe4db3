// Support module of svelte-store-frame / neg-svelte-store-payment-frame: a readable store whose start function
// attaches the Jumio web client's message handler, and one that listens for a payment provider's messages.
import { readable } from 'svelte/store';

export const faceCheck = readable<{ transactionReference: string; payload: { value: string } } | null>(null, (set) => {
  const onMessage = (event: MessageEvent) => {
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(event.origin)) return;
    set(JSON.parse(event.data));
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});

export const payment = readable<{ status: string; amount: number } | null>(null, (set) => {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== 'https://pay.example-psp.com') return;
    set(JSON.parse(event.data));
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});
