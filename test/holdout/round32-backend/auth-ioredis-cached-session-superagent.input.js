// Face login (EU) of the members portal. The vendor's answer is cached in Redis for ten minutes: a member who reloads
// the page gets the same face-login session back instead of a new one (a new initiate expires the previous session).
const request = require('superagent');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'portal:', maxRetriesPerRequest: 2 });
redis.on('error', (err) => console.error('[redis] face-login cache unavailable', err.message));

const INITIATE_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const SESSION_TTL_SECONDS = 600;

async function startFaceLogin(member) {
  const cacheKey = `face-login:session:${member.id}`;
  const cached = await redis.get(cacheKey);
  if (cached) {
    const { redirectUrl: url, transactionReference: reference } = JSON.parse(cached);
    return { url, reference, reused: true };
  }

  const res = await request
    .post(INITIATE_URL)
    .auth(process.env.JUMIO_API_TOKEN, process.env.JUMIO_API_SECRET)
    .set('Accept', 'application/json')
    .set('User-Agent', 'Harbour Members/5.4')
    .send({
      enrollmentTransactionReference: member.enrollmentReference,
      userReference: member.id,
      successUrl: `${process.env.PORTAL_URL}/face-login/complete`,
      tokenLifetimeInMinutes: 10,
    });

  await redis.set(cacheKey, JSON.stringify(res.body), 'EX', SESSION_TTL_SECONDS);
  return { url: res.body.redirectUrl, reference: res.body.transactionReference, reused: false };
}

// Called when the member signs out or the portal receives the face-login result.
async function forgetFaceLogin(memberId) {
  await redis.del(`face-login:session:${memberId}`);
}

module.exports = { startFaceLogin, forgetFaceLogin };
