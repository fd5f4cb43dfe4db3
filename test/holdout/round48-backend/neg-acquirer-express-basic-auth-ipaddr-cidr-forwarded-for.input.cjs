'use strict';
// Brightwater Mutual (EU), card acceptance at the branches: the card acquirer posts settlement notifications here.
// Express 4 router, CommonJS. The route sits behind the company's load balancers (10.20.0.0/16), so the caller is the
// right-most X-Forwarded-For hop that is not one of them; only the acquirer's published notification ranges get
// through, and the notification URL set in the acquirer's portal carries a user and password, checked as Basic auth.
const express = require('express');
const basicAuth = require('express-basic-auth');
const ipaddr = require('ipaddr.js');
const { recordSettlement } = require('./db.cjs');

const TRUSTED_PROXIES = ['10.20.0.0/16'].map((cidr) => ipaddr.parseCIDR(cidr));
// The acquirer's notification ranges (merchant portal → Integration → Notification sources).
const ACQUIRER_NOTIFICATION_RANGES = [
  '198.51.100.0/25',
  '198.51.100.128/26',
  '203.0.113.16/28',
  '203.0.113.64/27',
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

function onlyAcquirerSources(req, res, next) {
  const caller = callerAddress(req);
  if (!caller || !inRanges(caller, ACQUIRER_NOTIFICATION_RANGES)) return res.sendStatus(403);
  next();
}

const notificationCredentials = basicAuth({
  // Both comparisons always run (bitwise &): no timing difference between a wrong user and a wrong password.
  authorizer: (user, password) =>
    basicAuth.safeCompare(user, process.env.ACQUIRER_NOTIFY_USER || '') & basicAuth.safeCompare(password, process.env.ACQUIRER_NOTIFY_PASSWORD || ''),
  challenge: false,
});

const router = express.Router();

router.post(
  '/hooks/acquirer/settlement',
  onlyAcquirerSources,
  notificationCredentials,
  express.urlencoded({ extended: false }),
  async (req, res) => {
    const { notificationType, transactionReference, merchantAccount, transactionResult, transactionDate } = req.body;
    if (notificationType !== 'SETTLEMENT') return res.sendStatus(204);

    await recordSettlement({
      reference: transactionReference,
      merchantAccount,
      result: transactionResult,
      settledAt: transactionDate,
    });
    res.sendStatus(200);
  },
);

module.exports = router;
