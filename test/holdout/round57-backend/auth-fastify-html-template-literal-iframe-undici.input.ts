// Orchid Lane Assurance (SG) customer portal: surrendering a policy for its cash value is confirmed with a face login.
// Fastify 4, undici. The confirmation step is a small standalone page (it also opens in the branch tablets' kiosk
// browser), so the route writes its HTML itself instead of going through the single-page app.
import type { FastifyInstance } from 'fastify';
import { request } from 'undici';
import { findSurrender, saveSurrenderStepUp } from './db.js';

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.ORCHID_NV_TOKEN}:${process.env.ORCHID_NV_SECRET}`).toString('base64');

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export default async function surrenderPages(app: FastifyInstance) {
  app.get('/policies/:policyNo/surrender/confirm', async (req, reply) => {
    const surrender = await findSurrender(req.params.policyNo, req.user.clientId);
    if (!surrender) return reply.code(404).send({ error: 'no surrender request' });

    const { statusCode, body } = await request(NV_SG_INITIATE, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: NV_BASIC,
        'user-agent': 'OrchidLane-Portal/4.1',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: surrender.holder.identityReference,
        userReference: surrender.holder.clientId,
        successUrl: `https://my.orchidlane.example/policies/${surrender.policyNo}/surrender/confirmed`,
        errorUrl: `https://my.orchidlane.example/policies/${surrender.policyNo}/surrender/not-confirmed`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 60 * 2,
      }),
    });
    if (statusCode !== 200) {
      await body.dump();
      throw new Error(`face login initiate failed: HTTP ${statusCode}`);
    }
    const started = (await body.json()) as FaceLoginStarted;
    await saveSurrenderStepUp(surrender.policyNo, started.transactionReference);

    const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Confirm your surrender</title><link rel="stylesheet" href="/assets/portal.css"></head>
<body>
  <main class="surrender-confirm" data-reference="${started.transactionReference}">
    <h1>Confirm the surrender of policy ${escapeHtml(surrender.policyNo)}</h1>
    <p>Cash value: S$${surrender.cashValue.toFixed(2)}</p>
    <iframe src="${started.redirectUrl}" allow="camera;fullscreen" allowfullscreen width="100%" height="720"></iframe>
  </main>
</body>
</html>`;
    return reply.type('text/html; charset=utf-8').send(page);
  });
}
