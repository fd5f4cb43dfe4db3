// Identity frame events: only the tenant's Netverify host may talk to us.
import { kycDone } from './kyc-store';

export function onKycMessage(event: MessageEvent<string>): void {
  const { host } = new URL(event.origin);
  if (host !== 'acme.netverify.com') return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') kycDone(data.transactionReference);
}

window.addEventListener('message', onKycMessage);
