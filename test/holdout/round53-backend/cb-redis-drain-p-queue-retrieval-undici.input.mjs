// Nordhavn Bank (DK) step-up service: the public hook endpoint only parks each face-login callback form in Redis (it
// must answer within seconds), and this worker drains the list every minute. The form's own result is not trusted:
// every face login is looked up with the vendor before the step-up is settled, four lookups at a time and at most
// eight a second; a lookup that fails is parked on the retry list for the next run.
import Redis from 'ioredis';
import PQueue from 'p-queue';
import { request } from 'undici';
import { settleStepUp } from './db.mjs';

const PARKED = 'hooks:face-login';
const RETRY_LATER = 'hooks:face-login:retry';
const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const NV_AUTH = `Basic ${Buffer.from(`${process.env.NORDHAVN_NV_TOKEN}:${process.env.NORDHAVN_NV_SECRET}`).toString('base64')}`;

const redis = new Redis(process.env.REDIS_URL);
const queue = new PQueue({ concurrency: 4, interval: 1000, intervalCap: 8 });

export async function drainFaceLoginCallbacks() {
  let drained = 0;

  for (;;) {
    const raws = await redis.lpop(PARKED, 50);
    if (!raws || raws.length === 0) break;
    drained += raws.length;

    for (const raw of raws) {
      const form = new URLSearchParams(raw);
      if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') continue;
      const reference = form.get('transactionReference');

      queue.add(async () => {
        try {
          const { statusCode, body } = await request(`${NV_EU_AUTHENTICATIONS}/${reference}`, {
            headers: { accept: 'application/json', authorization: NV_AUTH, 'user-agent': 'Nordhavn-StepUp/2.2' },
          });
          if (statusCode !== 200) {
            await body.dump();
            await redis.rpush(RETRY_LATER, raw);
            return;
          }
          const details = await body.json();
          await settleStepUp(details.transactionReference, {
            passed: details.transactionResult === 'PASSED',
            customerNo: details.userReference ?? null,
            decidedAt: details.transactionDate,
          });
        } catch (err) {
          console.warn('face login lookup failed', reference, err);
          await redis.rpush(RETRY_LATER, raw);
        }
      });
    }
  }

  await queue.onIdle();
  return drained;
}
