'use strict';
// Face login results for the Merlion Pay wallet (SG data centre). The wallet API runs as several pods behind one load
// balancer: Jumio's callback reaches any of them, while the app that started the face login holds its WebSocket to
// one pod only. So the pod that receives the callback publishes the result on Redis, on the user's channel, and the
// socket gateway of every pod (gateway/face-login-relay.js) forwards it to the sessions subscribed to that user.
const dns = require('node:dns').promises;
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const Redis = require('ioredis');
const { recordFaceLoginResult } = require('./store');

// Jumio publishes its SG callback servers under this name; the list is resolved again every ten minutes.
const JUMIO_CALLBACK_HOST = 'callback.core-sgp.jumio.com';
const RESULTS_CHANNEL_PREFIX = 'wallet:face-login:';

const publisher = new Redis(process.env.REDIS_URL || 'redis://localhost:6379', { maxRetriesPerRequest: 2 });

let allowedIps = new Set();
async function refreshAllowedIps() {
  try {
    allowedIps = new Set(await dns.resolve4(JUMIO_CALLBACK_HOST));
  } catch (err) {
    console.warn('could not resolve %s, keeping %d addresses: %s', JUMIO_CALLBACK_HOST, allowedIps.size, err.message);
  }
}

const router = new Router();

router.post('/wallet/face-login/result', async (ctx) => {
  if (!allowedIps.has(ctx.ip)) ctx.throw(403);
  const form = ctx.request.body;
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    ctx.status = 204;
    return;
  }

  // livenessImages comes as a JSON array inside the form field.
  const liveness = form.livenessImages ? JSON.parse(form.livenessImages) : [];
  await recordFaceLoginResult(form.transactionReference, {
    enrolment: form.enrollmentTransactionReference,
    result: form.transactionResult,
    receivedAt: form.callbackDate,
  });

  // The wallet shows the outcome; on a failed one the images go to the review queue of the fraud team.
  const receivers = await publisher.publish(
    RESULTS_CHANNEL_PREFIX + form.userReference,
    JSON.stringify({
      transactionReference: form.transactionReference,
      transactionResult: form.transactionResult,
      faceImage: form.idScanImageFace || null,
      livenessImages: liveness,
    }),
  );
  if (receivers === 0) console.info('no wallet session listening for %s', form.userReference);

  ctx.status = 200;
  ctx.body = 'OK';
});

const app = new Koa();
app.proxy = true;
app.use(bodyParser({ enableTypes: ['form'], formLimit: '64kb' }));
app.use(router.routes()).use(router.allowedMethods());

refreshAllowedIps().then(() => {
  setInterval(refreshAllowedIps, 10 * 60_000).unref();
  app.listen(Number(process.env.PORT || 4000));
});

module.exports = { app, publisher };
