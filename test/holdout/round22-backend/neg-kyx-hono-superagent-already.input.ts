// Face login of the patient portal, already on the Jumio KYX platform (Hono 4 on Node, superagent): the team's own
// OAuth2 token call and the workflow 9 account update, the same route shape as before the move.
import { Hono } from 'hono';
import superagent from 'superagent';
import { saveFaceLogin } from './store.js';

const app = new Hono();

async function kyxToken(): Promise<string> {
  const res = await superagent
    .post('https://auth.amer-1.jumio.ai/oauth2/token')
    .auth(process.env.KYX_CLIENT_ID ?? '', process.env.KYX_CLIENT_SECRET ?? '')
    .type('form')
    .send({ grant_type: 'client_credentials' });
  return res.body.access_token;
}

app.post('/api/face-login', async (c) => {
  const { patientId, accountId, credentialId } = await c.req.json();
  const res = await superagent
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${accountId}`)
    .set('Authorization', `Bearer ${await kyxToken()}`)
    .set('User-Agent', 'Acme Health/4.0')
    .send({
      customerInternalReference: patientId,
      userReference: patientId,
      workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      callbackUrl: 'https://api.acme-health.com/hooks/face-login',
      web: { successUrl: 'https://my.acme-health.com/face-login/welcome' },
      tokenLifetime: '15m',
    });
  await saveFaceLogin(patientId, res.body.workflowExecution.id);
  return c.json({ redirectUrl: res.body.web.href });
});

export default app;
