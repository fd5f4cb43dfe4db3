import { readable } from 'svelte/store';

// A Svelte 4 store of the identity check's progress, fed by the Netverify web client's events.
export const kycProgress = readable({ state: 'idle', reference: null }, (set) => {
  function onMessage(event) {
    if (!/\.netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'loaded') set({ state: 'loaded', reference: null });
    if (data.payload.value === 'success') set({ state: 'done', reference: data.transactionReference });
    if (data.payload.value === 'error') set({ state: 'failed', reference: data.transactionReference });
  }
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});
