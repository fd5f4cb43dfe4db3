'use strict';
// Brightwater Mutual (EU): the vendor posts face-login results here. Express 4 router, CommonJS. The route sits behind
// the company's load balancers (10.20.0.0/16), so the caller is the right-most X-Forwarded-For hop that is not one of
// them; only the vendor's documented callback sources (callback.lon.jumio.com) get through, and the callback URL set in
// the vendor's portal carries a user and password, checked here as Basic auth.
const express = require('express');
const basicAuth = require('express-basic-auth');
const ipaddr = require('ipaddr.js');
const { recordFaceLoginOutcome } = require('./db.cjs');

const TRUSTED_PROXIES = ['10.20.0.0/16'].map((cidr) => ipaddr.parseCIDR(cidr));
// One /32 per address: the network team's firewall export, pasted as is.
const NETVERIFY_EU_CALLBACK_RANGES = [
  '34.253.41.236/32',
  '35.157.27.193/32',
  '52.48.0.25/32',
  '52.57.194.92/32',
  '52.58.113.86/32',
  '52.209.180.134/32',
].map((cidr) => ipaddr.parseCIDR(cidr));

function inRanges(address, ranges) {
  const parsed = ipaddr.process(address); // ::ffff:a.b.c.d becomes a.b.c.d
  return ranges.some(([range, bits]) => parsed.kind() === range.kind() && parsed.match(range, bits));
}

/** The caller: the right-most hop (socket address last) that is not one of our own load balancers. */
function callerAddress(req) {
  const hops = String(req.headers['x-forwarded-for'] || '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  hops.push(req.socket.remoteAddress || '');
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    if (!ipaddr.isValid(hops[i])) return null;
    if (!inRanges(hops[i], TRUSTED_PROXIES)) return hops[i];
  }
  return null;
}

function onlyNetverifySources(req, res, next) {
  const caller = callerAddress(req);
  if (!caller || !inRanges(caller, NETVERIFY_EU_CALLBACK_RANGES)) return res.sendStatus(403);
  next();
}

const callbackCredentials = basicAuth({
  // Both comparisons always run (bitwise &): no timing difference between a wrong user and a wrong password.
  authorizer: (user, password) =>
    basicAuth.safeCompare(user, process.env.NV_CALLBACK_USER || '') & basicAuth.safeCompare(password, process.env.NV_CALLBACK_PASSWORD || ''),
  challenge: false,
});

const router = express.Router();

router.post(
  '/hooks/netverify/face-login',
  onlyNetverifySources,
  callbackCredentials,
  express.urlencoded({ extended: false }),
  async (req, res) => {
    const { callBackType, transactionReference, enrollmentTransactionReference, transactionResult, transactionDate } = req.body;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') return res.sendStatus(204);

    await recordFaceLoginOutcome({
      reference: transactionReference,
      enrollment: enrollmentTransactionReference,
      result: transactionResult,
      passed: transactionResult === 'PASSED',
      decidedAt: transactionDate,
    });
    res.sendStatus(200);
  },
);

module.exports = router;
