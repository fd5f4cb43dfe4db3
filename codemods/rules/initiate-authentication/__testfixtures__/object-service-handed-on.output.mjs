import express from 'express';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

// The Jumio calls of this module, kept together.
const jumio = {
  start: async (user) => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(user.enrollmentRef);
    const res = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: user.id,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: user.id,
      web: { successUrl: 'https://app.acme.com/login/done' },
    }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
    // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
    return res.data;
  },
  async startAndLog(user) {
    const started = await this.start(user);
    console.info('face login', started.transactionReference);
    return started;
  },
};

export const router = express.Router();
registerService("jumio", jumio);

router.post('/login/face', async (req, res) => {
  const { redirectUrl } = await jumio.start(req.user);
  res.json({ redirectUrl });
});

router.post('/login/face-audited', async (req, res) => {
  const started = await jumio.startAndLog(req.user);
  res.json({ url: started.redirectUrl });
});

function registerService(name, service) {
  globalThis.services = { ...globalThis.services, [name]: service };
}
