'use strict';
// Cobalt Ridge Credit Union (US): moving more than $10,000 to another member asks the sender for a selfie against the
// ID check from membership. On the KYX account API since 2024 (workflow 9 on the member's KYX account). Express 4
// router, CommonJS, axios. The data centre reaches the internet only through the corporate proxy, which re-signs TLS
// with the credit union's own root CA: the token request and the account update both go through it.
const fs = require('node:fs');
const express = require('express');
const axios = require('axios');
const { HttpsProxyAgent } = require('https-proxy-agent');
const { getProxyForUrl } = require('proxy-from-env');
const { findTransferForStepUp, saveTransferStepUp } = require('./db.cjs');

const KYX_TOKEN_URL = 'https://auth.amer-1.jumio.ai/oauth2/token';
const KYX_ACCOUNTS = 'https://account.amer-1.jumio.ai/api/v1/accounts';
const CORPORATE_ROOT_CA = fs.readFileSync(process.env.CORPORATE_ROOT_CA_FILE || '/etc/pki/ca-trust/source/anchors/cobalt-root-ca.pem');

/** The agent for one outbound URL: the corporate proxy named by HTTPS_PROXY, unless NO_PROXY exempts the host. */
function egressAgent(url) {
  const proxy = getProxyForUrl(url);
  return proxy ? new HttpsProxyAgent(proxy, { ca: CORPORATE_ROOT_CA, keepAlive: true }) : undefined;
}

let cachedToken;

/** Client-credentials token of the transfers service's OAuth2 client, cached until a minute before it expires. */
async function kyxBearer() {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60000) return cachedToken.value;
  const { data } = await axios.post(KYX_TOKEN_URL, 'grant_type=client_credentials', {
    auth: { username: process.env.COBALT_KYX_CLIENT_ID, password: process.env.COBALT_KYX_CLIENT_SECRET },
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    httpsAgent: egressAgent(KYX_TOKEN_URL),
    proxy: false,
  });
  cachedToken = { value: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return data.access_token;
}

const router = express.Router();

router.post('/transfers/:transferId/face-login', async (req, res, next) => {
  try {
    const transfer = await findTransferForStepUp(req.params.transferId, req.user.memberId);
    if (!transfer) return res.status(404).json({ error: 'unknown transfer' });

    const accountUrl = `${KYX_ACCOUNTS}/${transfer.sender.kyxAccountId}`;
    const { data } = await axios.put(
      accountUrl,
      {
        customerInternalReference: transfer.sender.memberId,
        userReference: transfer.sender.memberId,
        workflowDefinition: { key: 9, credentials: [{ id: transfer.sender.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: {
          successUrl: `https://online.cobaltridge.example/transfers/${transfer.id}/approved`,
          errorUrl: `https://online.cobaltridge.example/transfers/${transfer.id}/not-approved`,
          locale: 'en-US',
        },
        tokenLifetime: '15m',
      },
      {
        headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxBearer()}`, 'User-Agent': 'CobaltRidge-Transfers/9.0' },
        httpsAgent: egressAgent(accountUrl),
        proxy: false,
        timeout: 10000,
      },
    );

    await saveTransferStepUp(transfer.id, data.workflowExecution.id, data.timestamp);
    res.status(201).json({ faceLoginUrl: data.web.href });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
