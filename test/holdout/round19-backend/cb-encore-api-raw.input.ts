// Encore.ts service "identity": the raw endpoint the face-login results are posted to (form-encoded).
import { api } from 'encore.dev/api';
import type { IncomingMessage } from 'node:http';
import { saveResult } from './store.js';

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export const jumioAuthenticationCallback = api.raw(
  { expose: true, method: 'POST', path: '/jumio/authentication-callback' },
  async (req, resp) => {
    const form = await readForm(req);
    if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') {
      resp.writeHead(400);
      resp.end();
      return;
    }
    await saveResult(form.get('transactionReference') ?? '', {
      result: form.get('transactionResult'),
      enrollment: form.get('enrollmentTransactionReference'),
      receivedAt: form.get('callbackDate'),
    });
    resp.writeHead(200);
    resp.end();
  },
);
