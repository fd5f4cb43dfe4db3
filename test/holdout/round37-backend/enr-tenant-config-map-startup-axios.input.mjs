// Identity enrolment for new members of any tenant. The tenant's Jumio settings are built once at boot from the
// `tenants` collection into a Map<tenantId, JumioConfig>; every tenant runs the same initiate with the base URL and
// API user of its own config. The tenant comes from the request's Host header.
import axios from 'axios';
import express from 'express';
import { MongoClient } from 'mongodb';
import { saveKycCase } from './store.js';

const mongo = new MongoClient(process.env.MONGO_URL);
const jumioByTenant = new Map();
const tenantByHost = new Map();

export async function bootTenants() {
  const tenants = await mongo.db('platform').collection('tenants').find({ 'jumio.enabled': true }).toArray();
  for (const t of tenants) {
    jumioByTenant.set(t._id, {
      apiBase: t.jumio.apiBase,
      auth: { username: t.jumio.apiToken, password: t.jumio.apiSecret },
      workflowId: t.jumio.workflowId ?? 200,
      appOrigin: `https://${t.hostnames[0]}`,
    });
    for (const h of t.hostnames) tenantByHost.set(h, t._id);
  }
}

export const enrolRouter = express.Router();

enrolRouter.post('/kyc/enrol', async (req, res) => {
  const tenantId = tenantByHost.get(req.hostname);
  const jumio = tenantId && jumioByTenant.get(tenantId);
  if (!jumio) return res.status(404).send('Unknown tenant');

  try {
    const { data } = await axios.post(
      `${jumio.apiBase}/api/v4/initiate`,
      {
        customerInternalReference: `${tenantId}:${req.user.id}`,
        userReference: req.user.id,
        workflowId: jumio.workflowId,
        successUrl: `${jumio.appOrigin}/kyc/thanks`,
        errorUrl: `${jumio.appOrigin}/kyc/retry`,
        callbackUrl: `${jumio.appOrigin}/hooks/jumio-kyc`,
        locale: req.acceptsLanguages('en', 'de', 'fr') || 'en',
      },
      { auth: jumio.auth, headers: { Accept: 'application/json', 'User-Agent': 'Bankly Platform KYC/3.2' }, timeout: 15000 },
    );
    await saveKycCase(req.user.id, data.transactionReference);
    res.json({ redirectUrl: data.redirectUrl });
  } catch (err) {
    req.log.error({ err, tenantId }, 'jumio enrolment failed');
    res.status(502).send('Identity provider unavailable');
  }
});
