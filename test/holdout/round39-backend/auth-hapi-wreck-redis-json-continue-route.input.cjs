'use strict';
// Face login for the Harlow Building Society app (hapi plugin). The vendor's answer is parked in Redis as JSON for
// half an hour: the "continue" button on the dashboard (GET /face-login/continue) takes the member back to the same
// page instead of starting a second face login.
const Wreck = require('@hapi/wreck');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'harlow:' });
const PARKED_SECONDS = 30 * 60;

const parkedKey = (memberNo) => `face-login:${memberNo}`;

module.exports = {
  name: 'face-login',
  version: '3.1.0',
  register(server) {
    server.route([
      {
        method: 'POST',
        path: '/face-login',
        options: { auth: 'session' },
        handler: async (request, h) => {
          const member = request.auth.credentials;
          const { payload } = await Wreck.post('https://lon.netverify.com/api/authentication/v1/web/initiate', {
            payload: {
              enrollmentTransactionReference: member.enrolmentRef,
              userReference: member.memberNo,
              successUrl: 'https://app.harlow.example/face-login/complete',
              tokenLifetimeInMinutes: 30,
            },
            headers: {
              Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
              'User-Agent': 'Harlow-App/7.0',
            },
            json: true,
            timeout: 15000,
          });

          await redis.set(parkedKey(member.memberNo), JSON.stringify(payload), 'EX', PARKED_SECONDS);
          return h.redirect(payload.redirectUrl).code(303);
        },
      },
      {
        method: 'GET',
        path: '/face-login/continue',
        options: { auth: 'session' },
        handler: async (request, h) => {
          const parked = await redis.get(parkedKey(request.auth.credentials.memberNo));
          const { redirectUrl: url = null } = parked ? JSON.parse(parked) : {};
          return h.redirect(url || '/face-login/start').code(303);
        },
      },
    ]);
  },
};
