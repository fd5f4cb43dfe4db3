import { KYC_ORIGINS } from './support/kyc-origins';

export function onKycMessage(event: MessageEvent, done: (ref: string) => void): void {
  if (!(KYC_ORIGINS as readonly string[]).includes(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') done(data.workflowExecutionId);
}

window.addEventListener('message', (e) => onKycMessage(e, console.log));
