'use strict';
// Support console of the member app (US tenant, CommonJS): an agent looks up a member's face login by its reference
// (from the fraud case) and sees what the vendor decided.
//
// The host, paths and API user are the member app's shared Netverify endpoints module, destructured on require.
const express = require('express');
const axios = require('axios');
const { US_ORIGIN, AUTHENTICATIONS_PATH, API_TOKEN, API_SECRET, USER_AGENT } = require('./netverify-endpoints.cjs');
const { noteSupportLookup } = require('./store');

const router = express.Router();

router.get('/support/face-logins/:reference', async (req, res, next) => {
  if (!req.user || !req.user.roles.includes('fraud-agent')) {
    res.sendStatus(403);
    return;
  }
  try {
    const { data: details } = await axios.get(`${US_ORIGIN}${AUTHENTICATIONS_PATH}/${encodeURIComponent(req.params.reference)}`, {
      auth: { username: API_TOKEN, password: API_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': USER_AGENT },
      timeout: 8000,
    });

    await noteSupportLookup(req.user.id, details.transactionReference);
    res.json({
      reference: details.transactionReference,
      member: details.userReference || null,
      result: details.transactionResult,
      decidedAt: details.transactionDate,
      final: ['PASSED', 'FAILED', 'INVALID', 'EXPIRED'].includes(details.transactionResult),
    });
  } catch (err) {
    if (err.response && err.response.status === 404) {
      res.status(404).json({ error: 'no face login with this reference' });
      return;
    }
    next(err);
  }
});

module.exports = router;
