'use strict';
// Cobalt Ridge Credit Union (US): moving more than $10,000 to another member asks the sender for a selfie against the
// ID check from membership. Express 4 router, CommonJS, axios. The data centre reaches the internet only through the
// corporate proxy, which re-signs TLS with the credit union's own root CA. axios's built-in proxy support cannot
// tunnel HTTPS through it with that CA, so the agent is built here and axios is told to keep out (`proxy: false`).
const fs = require('node:fs');
const express = require('express');
const axios = require('axios');
const { HttpsProxyAgent } = require('https-proxy-agent');
const { getProxyForUrl } = require('proxy-from-env');
const { findTransferForStepUp, saveTransferStepUp } = require('./db.cjs');

const NETVERIFY_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const CORPORATE_ROOT_CA = fs.readFileSync(process.env.CORPORATE_ROOT_CA_FILE || '/etc/pki/ca-trust/source/anchors/cobalt-root-ca.pem');

/**
 * The agent for one outbound URL: the corporate proxy named by HTTPS_PROXY, unless NO_PROXY exempts the URL's host
 * (then Node's default agent). Same rules as curl and axios, so operations keep one NO_PROXY list for everything.
 */
function egressAgent(url) {
  const proxy = getProxyForUrl(url);
  return proxy ? new HttpsProxyAgent(proxy, { ca: CORPORATE_ROOT_CA, keepAlive: true }) : undefined;
}

const router = express.Router();

router.post('/transfers/:transferId/face-login', async (req, res, next) => {
  try {
    const transfer = await findTransferForStepUp(req.params.transferId, req.user.memberId);
    if (!transfer) return res.status(404).json({ error: 'unknown transfer' });

    const { data } = await axios.post(
      NETVERIFY_INITIATE,
      {
        enrollmentTransactionReference: transfer.sender.netverifyEnrollmentRef,
        userReference: transfer.sender.memberId,
        successUrl: `https://online.cobaltridge.example/transfers/${transfer.id}/approved`,
        errorUrl: `https://online.cobaltridge.example/transfers/${transfer.id}/not-approved`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 15,
      },
      {
        auth: { username: process.env.COBALT_NV_TOKEN, password: process.env.COBALT_NV_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'CobaltRidge-Transfers/8.2' },
        httpsAgent: egressAgent(NETVERIFY_INITIATE),
        proxy: false,
        timeout: 10000,
      },
    );

    await saveTransferStepUp(transfer.id, data.transactionReference, data.timestamp);
    res.status(201).json({ faceLoginUrl: data.redirectUrl });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
