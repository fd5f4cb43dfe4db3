// Express: the Jumio authentication callback, read as text and parsed with qs.
const express = require('express');
const qs = require('qs');
const { saveResult } = require('./store-cjs');

const router = express.Router();

router.post('/callbacks/face-auth', express.text({ type: 'application/x-www-form-urlencoded' }), async (req, res) => {
  const { transactionReference, transactionResult, callBackType, livenessImages } = qs.parse(req.body);
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(202);
  await saveResult(transactionReference, { result: transactionResult, liveness: JSON.parse(livenessImages || '[]') });
  res.sendStatus(200);
});

module.exports = router;
