'use strict';
// Quarry Lane Insurance (US): a new policyholder's ID check before the first claim payout. Express 4, CommonJS, got 11.
// Every outbound call leaves through the corporate proxy: global-agent routes Node's global agents through
// GLOBAL_AGENT_HTTPS_PROXY (set by the platform), and the proxy re-signs TLS with the company root, which got is told
// to trust on each call (the rest of the process keeps Node's default store).
require('global-agent/bootstrap');
const fs = require('node:fs');
const express = require('express');
const got = require('got');
const { findPolicyholder, saveIdentityCheck } = require('./db.cjs');

const NETVERIFY_V4 = 'https://netverify.com/api/v4/initiate';
const COMPANY_ROOT_CA = fs.readFileSync(process.env.COMPANY_ROOT_CA_FILE || '/etc/ssl/certs/quarrylane-root.pem');

// global-agent keeps its own copy of NO_PROXY: the claims database and the internal APIs stay off the proxy.
global.GLOBAL_AGENT.NO_PROXY = process.env.NO_PROXY || '*.quarrylane.internal,localhost';

const router = express.Router();

router.post('/policyholders/:policyholderId/identity-check', async (req, res, next) => {
  try {
    const holder = await findPolicyholder(req.params.policyholderId);
    if (!holder) return res.status(404).json({ error: 'unknown policyholder' });

    const started = await got
      .post(NETVERIFY_V4, {
        json: {
          customerInternalReference: `ph-${holder.id}`,
          userReference: holder.id,
          workflowId: 100,
          successUrl: `https://my.quarrylane.example/policyholders/${holder.id}/identity/done`,
          errorUrl: `https://my.quarrylane.example/policyholders/${holder.id}/identity/failed`,
          locale: 'en-US',
          tokenLifetimeInMinutes: 1440,
        },
        username: process.env.QUARRY_NV_TOKEN,
        password: process.env.QUARRY_NV_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'QuarryLane-Claims/5.1' },
        https: { certificateAuthority: COMPANY_ROOT_CA },
        timeout: { request: 15000 },
      })
      .json();

    await saveIdentityCheck(holder.id, started.transactionReference, started.timestamp);
    res.status(201).json({ link: started.redirectUrl });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
