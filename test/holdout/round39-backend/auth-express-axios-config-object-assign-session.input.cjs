'use strict';
// Face login for the Lakeside Credit Union member portal (US data centre). The vendor's answer is kept with the
// member's session: /face-login/resume sends a member who reloads the page back to the same face-login page instead
// of starting a second one (a new start expires the previous page).
const express = require('express');
const axios = require('axios');
const { get } = require('lodash');
const pino = require('pino');

const log = pino({ name: 'face-login' });
const PORTAL_ORIGIN = process.env.PORTAL_ORIGIN || 'https://members.lakesidecu.example';
const NETVERIFY_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const API_USER = { username: process.env.NETVERIFY_API_TOKEN, password: process.env.NETVERIFY_API_SECRET };
const PAGE_LIFETIME_MS = 30 * 60 * 1000;

function requireMember(req, res, next) {
  if (!req.user) return res.redirect(303, '/login?next=' + encodeURIComponent(req.originalUrl));
  next();
}

const router = express.Router();

router.post('/face-login', requireMember, async (req, res, next) => {
  try {
    const member = req.user;
    const { data } = await axios({
      method: 'POST',
      url: NETVERIFY_INITIATE,
      data: {
        enrollmentTransactionReference: member.jumioEnrollmentReference,
        userReference: member.id,
        successUrl: `${PORTAL_ORIGIN}/face-login/complete`,
        errorUrl: `${PORTAL_ORIGIN}/face-login/failed`,
        locale: member.locale || 'en-US',
        tokenLifetimeInMinutes: 30,
      },
      auth: API_USER,
      headers: { Accept: 'application/json', 'User-Agent': 'Lakeside Portal/2.6' },
      timeout: 15000,
    });

    req.session.faceLogin = req.session.faceLogin || {};
    Object.assign(req.session.faceLogin, data, { memberId: member.id });
    log.info({ member: member.id, reference: get(data, 'transactionReference') }, 'face login started');
    res.redirect(303, data['redirectUrl']);
  } catch (err) {
    next(err);
  }
});

router.get('/face-login/resume', requireMember, (req, res) => {
  const { redirectUrl, timestamp, memberId } = req.session.faceLogin || {};
  const fresh = timestamp && Date.now() - Date.parse(timestamp) < PAGE_LIFETIME_MS;
  if (!redirectUrl || !fresh || memberId !== req.user.id) return res.redirect(303, '/face-login/start');
  res.redirect(303, redirectUrl);
});

module.exports = router;
