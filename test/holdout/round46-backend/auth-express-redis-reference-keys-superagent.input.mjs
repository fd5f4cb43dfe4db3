// Merlion Wealth advisor portal (SG): a client confirms a trade instruction with a selfie on their own phone while
// the advisor waits. The advisor's screen polls Redis for the outcome; the callback worker writes the same keys.
import express from 'express';
import superagent from 'superagent';
import { createClient } from 'redis';

const redis = createClient({ url: process.env.REDIS_URL });
await redis.connect();

const NV_SG = 'https://core-sgp.jumio.com';
const SESSION_TTL = 20 * 60;

/** Redis keys of a face login (the callback worker builds the same ones: do not rename). */
const keys = {
  byReference: (transactionReference) => `nv:auth:transactionReference:${transactionReference}`,
  byInstruction: (instructionId) => `nv:auth:instruction:${instructionId}`,
};

export const confirmations = express.Router();

confirmations.post('/instructions/:instructionId/confirm-by-selfie', async (req, res, next) => {
  const { instructionId } = req.params;
  const client = req.advisor.currentClient;
  try {
    const response = await superagent
      .post(`${NV_SG}/api/authentication/v1/web/initiate`)
      .auth(process.env.NV_SG_TOKEN, process.env.NV_SG_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'MerlionWealth-Advisor/2.14')
      .send({
        enrollmentTransactionReference: client.netverifyEnrollmentRef,
        userReference: client.clientNo,
        successUrl: 'https://m.merlion-wealth.example/selfie/done',
        errorUrl: 'https://m.merlion-wealth.example/selfie/failed',
        locale: client.locale || 'en',
        tokenLifetimeInMinutes: 20,
      });

    const started = response.body;
    await redis
      .multi()
      .set(keys.byReference(started.transactionReference), instructionId, { EX: SESSION_TTL })
      .hSet(keys.byInstruction(instructionId), {
        transactionReference: started.transactionReference,
        redirectUrl: started.redirectUrl,
        status: 'PENDING',
        startedAt: started.timestamp,
      })
      .expire(keys.byInstruction(instructionId), SESSION_TTL)
      .exec();

    res.status(202).json({ qr: started.redirectUrl, poll: `/instructions/${instructionId}/selfie-status` });
  } catch (err) {
    next(err);
  }
});

confirmations.get('/instructions/:instructionId/selfie-status', async (req, res) => {
  const [status, transactionReference] = await redis.hmGet(keys.byInstruction(req.params.instructionId), ['status', 'transactionReference']);
  res.json({ status: status ?? 'UNKNOWN', reference: transactionReference });
});
