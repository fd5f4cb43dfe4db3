import { ALLOWED_ORIGINS } from './support/tenant-origins';

function onJumioMessage(event: MessageEvent): void {
  // TODO(netverify-migrate): iframe-event-handler: event.origin is checked against ALLOWED_ORIGINS, imported from ./support/tenant-origins, which the codemod cannot rewrite there and which names legacy web-client origins (https://acme.netverify.com → https://acme.web.amer-1.jumio.ai, https://acme.lon.netverify.com → https://acme.web.emea-1.jumio.ai; amer-1 where the host does not tell the region): give it the KYX web-client origins, or compare event.origin with new URL(web.href).origin of the account response
  if (ALLOWED_ORIGINS.indexOf(event.origin) < 0) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') sessionStorage.setItem('kycRef', data.workflowExecutionId);
}

window.addEventListener('message', onJumioMessage);
