// Encore.ts raw endpoint for the ID verification callback (NETVERIFYID, the onboarding product — not authentication).
import { api } from 'encore.dev/api';
import { saveResult } from './store';

export const idVerificationCallback = api.raw({ expose: true, method: 'POST', path: '/webhooks/jumio/id-verification' }, async (req, resp) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const form = new URLSearchParams(raw);
  if (form.get('callBackType') !== 'NETVERIFYID') {
    resp.writeHead(204);
    return resp.end();
  }
  await saveResult(form.get('jumioIdScanReference')!, {
    status: form.get('verificationStatus'),
    idStatus: form.get('idScanStatus'),
    face: form.get('idScanImageFace'),
    merchantRef: form.get('merchantIdScanReference'),
  });
  resp.writeHead(200);
  resp.end('OK');
});
