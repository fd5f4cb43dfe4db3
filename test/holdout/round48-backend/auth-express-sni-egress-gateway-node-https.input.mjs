// Fernhill Savings (US): a new payee for more than $2,500 needs the member's selfie against the ID check from
// membership. Express 4, ESM, Node's https module. Production has no route to the internet except the egress gateway,
// which passes TLS through untouched and routes on SNI: the app connects to the gateway, names the vendor in SNI and
// in the Host header, and checks the vendor's certificate against that name as usual. The gateway's allowlist (in the
// network team's repository) holds the vendor host by name.
import https from 'node:https';
import express from 'express';
import { findMemberForPayee, recordPayeeStepUp } from './db.mjs';

const EGRESS_GATEWAY = 'egress-gw.fernhill.internal';
const NETVERIFY_HOST = 'netverify.com';
const NV_AUTH_INITIATE_PATH = '/api/authentication/v1/web/initiate';

function startFaceLogin(member, payeeId) {
  const body = JSON.stringify({
    enrollmentTransactionReference: member.netverifyEnrollmentRef,
    userReference: member.memberNo,
    successUrl: `https://online.fernhill.example/payees/${payeeId}/verified`,
    errorUrl: `https://online.fernhill.example/payees/${payeeId}/not-verified`,
    tokenLifetimeInMinutes: 30,
  });

  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: EGRESS_GATEWAY,
        port: 443,
        servername: NETVERIFY_HOST,
        path: NV_AUTH_INITIATE_PATH,
        method: 'POST',
        auth: `${process.env.FERNHILL_NV_TOKEN}:${process.env.FERNHILL_NV_SECRET}`,
        headers: {
          Host: NETVERIFY_HOST,
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'User-Agent': 'Fernhill-Payees/3.1',
        },
        timeout: 10_000,
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          raw += chunk;
        });
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`face login initiate answered ${res.statusCode}`));
          try {
            resolve(JSON.parse(raw));
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('face login initiate timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

export const payeeRouter = express.Router();

payeeRouter.post('/payees/:payeeId/step-up', async (req, res, next) => {
  try {
    const member = await findMemberForPayee(req.session.memberNo, req.params.payeeId);
    if (!member) return res.status(404).json({ error: 'unknown payee' });

    const started = await startFaceLogin(member, req.params.payeeId);
    await recordPayeeStepUp(req.params.payeeId, started.transactionReference);
    res.status(201).json({ next: started.redirectUrl });
  } catch (err) {
    next(err);
  }
});
