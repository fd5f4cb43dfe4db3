// Face login start of the wallet's edge service (a plain node:http server, ESM, undici's request). Jumio's older
// guide starts an authentication with the v4 initiate call and the enrolment's reference.
import { createServer } from 'node:http';
import { request } from 'undici';
import { saveFaceLogin } from './store.js';

const SG_INITIATE = 'https://core-sgp.jumio.com/api/v4/initiate';
const authorization = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

async function readJson(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || '{}');
}

export const server = createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/face-login') {
    res.writeHead(404).end();
    return;
  }
  const { walletId, kycReference } = await readJson(req);
  const { statusCode, body } = await request(SG_INITIATE, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization,
      'user-agent': 'Acme Pay SG/4.4',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: kycReference,
      userReference: walletId,
      successUrl: 'https://pay.acme.sg/face-login/ok',
      errorUrl: 'https://pay.acme.sg/face-login/ko',
      tokenLifetimeInMinutes: 10,
    }),
  });
  if (statusCode !== 200) {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: `face login unavailable (${statusCode})` }));
    return;
  }
  const started = await body.json();
  await saveFaceLogin(walletId, started.transactionReference);
  res.writeHead(201, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ url: started.redirectUrl }));
});
