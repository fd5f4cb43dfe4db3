import express from 'express';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

const router = express.Router();

// Errors reach next() through .catch: after the migration a failed token fetch or account lookup would not.
router.post('/face-login', async (req, res, next) => {
  // TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the .catch() handler: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(req.user.scanRef);
  axios
    .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: req.user.scanRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } })
    .then((r) => res.redirect(r.data.web.href))
    .catch(next);
});

// A handler passed to the framework: its rejected promise would go unhandled.
// TODO(netverify-migrate): initiate-authentication: the enclosing function was made async (it awaits the KYX account lookup and token): a failure there rejects its promise and never reaches the code that calls this handler: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
// TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
router.post('/face-login/json', async (req, res) => {
  const kyxAccount2 = await resolveKyxAccount(req.user.scanRef);
  return fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount2.accountId}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    body: JSON.stringify({ customerInternalReference: req.user.scanRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount2.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  })
    .then((r) => r.json())
    .then((d) => res.json({ url: d.web.href }));
});

// Already async and awaited by its caller: nothing extra to flag.
export async function faceLogin(scanRef) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount3 = await resolveKyxAccount(scanRef);
  const r = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount3.accountId}`, { customerInternalReference: scanRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount3.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  return r.data.web.href;
}

export default router;
