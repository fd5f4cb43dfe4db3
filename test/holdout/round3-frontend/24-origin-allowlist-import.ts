import { ALL_KYC_WEB_ORIGINS } from './23-whitelabel-hosts.config';

export type JumioResult = { ok: true; reference: string } | { ok: false; code: number | undefined };

export function subscribeToJumio(cb: (r: JumioResult) => void): () => void {
  function onJumioMessage(event: MessageEvent) {
    if (!ALL_KYC_WEB_ORIGINS.includes(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') cb({ ok: true, reference: data.transactionReference });
    else if (data.payload.value === 'error') cb({ ok: false, code: data.payload.metainfo?.code });
  }
  window.addEventListener('message', onJumioMessage);
  return () => window.removeEventListener('message', onJumioMessage);
}
