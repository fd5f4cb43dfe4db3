import { settings } from './support/app-settings';

// The origin is compared with a member of an imported settings object that holds a legacy web-client origin.
window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== settings.identity.frameOrigin) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') sessionStorage.setItem('kycRef', data.transactionReference);
});
