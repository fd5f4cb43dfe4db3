// Lion Harbour Insurance (SG): the claims console asks whether the claimant's face login for a payout change passed.
// Express 4, ESM, axios. On start-up the service copies its secrets from Google Secret Manager into the environment
// (the platform team's convention: application code reads process.env only), and outbound TLS passes the company's
// inspection layer, so the agent trusts the company CA bundle.
import https from 'node:https';
import { readFileSync } from 'node:fs';
import express from 'express';
import axios from 'axios';
import { SecretManagerServiceClient } from '@google-cloud/secret-manager';
import { findPayoutChange, settlePayoutChange } from './db.mjs';

/** Environment variable → Secret Manager secret (latest version). */
const SECRETS = {
  NV_API_TOKEN: 'netverify-api-token',
  NV_API_SECRET: 'netverify-api-secret',
  CLAIMS_DATABASE_URL: 'claims-database-url',
};

async function loadSecretsIntoEnv() {
  const client = new SecretManagerServiceClient();
  for (const [name, secret] of Object.entries(SECRETS)) {
    const [version] = await client.accessSecretVersion({ name: `projects/${process.env.GCP_PROJECT}/secrets/${secret}/versions/latest` });
    process.env[name] = version.payload.data.toString('utf8');
  }
}

await loadSecretsIntoEnv();

const tlsAgent = new https.Agent({ keepAlive: true, ca: readFileSync(process.env.COMPANY_CA_BUNDLE ?? '/etc/ssl/certs/lionharbour-ca-bundle.pem') });
const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';

export const claimsConsole = express.Router();

claimsConsole.get('/payout-changes/:changeId/face-login', async (req, res, next) => {
  try {
    const change = await findPayoutChange(req.params.changeId);
    if (!change) return res.status(404).json({ error: 'unknown payout change' });

    const { data: details } = await axios.get(`${NV_SG_AUTHENTICATIONS}/${change.faceLoginReference}`, {
      auth: { username: process.env.NV_API_TOKEN, password: process.env.NV_API_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': 'LionHarbour-Claims/3.0' },
      httpsAgent: tlsAgent,
      timeout: 8000,
    });

    switch (details.transactionResult) {
      case 'CREATED':
      case 'STARTED':
        return res.json({ status: 'pending' });
      case 'PASSED':
        await settlePayoutChange(change.id, 'approved', details.transactionReference);
        return res.json({ status: 'approved', decidedAt: details.transactionDate });
      default:
        await settlePayoutChange(change.id, 'rejected', details.transactionReference);
        return res.json({ status: 'rejected', result: details.transactionResult });
    }
  } catch (err) {
    next(err);
  }
});
