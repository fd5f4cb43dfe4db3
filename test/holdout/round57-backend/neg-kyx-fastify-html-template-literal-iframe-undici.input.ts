// Raffles Quay Life (SG) customer portal, on the KYX platform since 2023: surrendering a policy for its cash value is
// confirmed with a face login (workflow 9 on the policyholder's KYX account). Fastify 4, undici. The confirmation step
// is a small standalone page (it also opens in the branch kiosks), so the route writes its HTML itself.
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import { findKyxSurrender, saveKyxSurrenderStepUp } from './db.js';
import { kyxBearer } from './kyx-token-cache.js';

const KYX_ACCOUNTS_SG = 'https://account.apac-1.jumio.ai/api/v1/accounts';

interface WorkflowStarted {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export default async function surrenderPages(app: FastifyInstance) {
  app.get('/policies/:policyNo/surrender/confirm', async (req, reply) => {
    const surrender = await findKyxSurrender(req.params.policyNo, req.user.clientId);
    if (!surrender) return reply.code(404).send({ error: 'no surrender request' });

    const { statusCode, body } = await request(`${KYX_ACCOUNTS_SG}/${surrender.holder.kyxAccountId}`, {
      method: 'PUT',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: `Bearer ${await kyxBearer('apac-1')}`,
        'user-agent': 'RafflesQuay-Portal/2.0',
      },
      body: JSON.stringify({
        customerInternalReference: surrender.holder.clientId,
        userReference: surrender.holder.clientId,
        workflowDefinition: { key: 9, credentials: [{ id: surrender.holder.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: {
          successUrl: `https://my.rafflesquay.example/policies/${surrender.policyNo}/surrender/confirmed`,
          errorUrl: `https://my.rafflesquay.example/policies/${surrender.policyNo}/surrender/not-confirmed`,
          locale: 'en-GB',
        },
        tokenLifetime: '2h',
      }),
    });
    if (statusCode !== 200) {
      await body.dump();
      throw new Error(`face login start failed: HTTP ${statusCode}`);
    }
    const started = (await body.json()) as WorkflowStarted;
    await saveKyxSurrenderStepUp(surrender.policyNo, started.workflowExecution.id);

    const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Confirm your surrender</title><link rel="stylesheet" href="/assets/portal.css"></head>
<body>
  <main class="surrender-confirm" data-reference="${started.workflowExecution.id}">
    <h1>Confirm the surrender of policy ${escapeHtml(surrender.policyNo)}</h1>
    <p>Cash value: S$${surrender.cashValue.toFixed(2)}</p>
    <iframe src="${started.web.href}" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen width="100%" height="720"></iframe>
  </main>
</body>
</html>`;
    return reply.type('text/html; charset=utf-8').send(page);
  });
}
