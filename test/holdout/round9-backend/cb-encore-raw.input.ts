// Encore.ts raw endpoint for the Jumio authentication callback (the form-encoded body is read by hand).
import { api } from 'encore.dev/api';
import { saveResult } from './store';

export const jumioAuthCallback = api.raw({ expose: true, method: 'POST', path: '/webhooks/jumio/authentication' }, async (req, resp) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  await saveResult(form.get('transactionReference')!, {
    result: form.get('transactionResult'),
    face: form.get('idScanImageFace'),
    source: form.get('scanSource'),
  });
  resp.writeHead(200);
  resp.end('OK');
});
