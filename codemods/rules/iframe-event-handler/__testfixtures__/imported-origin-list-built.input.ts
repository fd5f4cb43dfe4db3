import { ALLOWED_ORIGINS } from './support/tenant-origins';

function onJumioMessage(event: MessageEvent): void {
  if (ALLOWED_ORIGINS.indexOf(event.origin) < 0) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') sessionStorage.setItem('kycRef', data.transactionReference);
}

window.addEventListener('message', onJumioMessage);
