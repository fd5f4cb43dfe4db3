// Brabant Spaarbank (Eindhoven): a withdrawal from a savings account to an IBAN the saver has not used before needs a
// face login against the ID check of their account opening. Express 5 router (ESM), superagent 9.
// The vendor call answers Go-style [error, value] pairs: the route below decides what an outage means (the
// withdrawal waits, the saver gets a message in Dutch) without try/catch in every handler.
import { Router } from 'express';
import superagent from 'superagent';
import { findSaverForWithdrawal, recordWithdrawalFaceLogin } from './db.mjs';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const NV_TOKEN = process.env.BRABANT_NV_TOKEN;
const NV_SECRET = process.env.BRABANT_NV_SECRET;

async function initiateFaceLogin(saver, withdrawalId) {
  try {
    const response = await superagent
      .post(NV_EU_INITIATE)
      .auth(NV_TOKEN, NV_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'BrabantSpaar-App/4.0')
      .send({
        enrollmentTransactionReference: saver.onboardingCheckRef,
        userReference: saver.saverNo,
        successUrl: `https://mijn.brabantspaar.example/opnames/${withdrawalId}/bevestigd`,
        errorUrl: `https://mijn.brabantspaar.example/opnames/${withdrawalId}/niet-bevestigd`,
        locale: 'nl',
        tokenLifetimeInMinutes: 45,
      });
    return [null, response.body];
  } catch (error) {
    return [error, null];
  }
}

export const withdrawalsRouter = Router();

withdrawalsRouter.post('/withdrawals/:withdrawalId/face-login', async (req, res) => {
  const saver = await findSaverForWithdrawal(req.params.withdrawalId, req.session.saverId);
  if (!saver) return res.status(404).json({ error: 'opname niet gevonden' });

  const [error, started] = await initiateFaceLogin(saver, req.params.withdrawalId);
  if (error) {
    console.warn(`withdrawal ${req.params.withdrawalId}: face login not started (${error.status ?? error.code})`);
    return res.status(503).json({ error: 'De controle is nu niet beschikbaar. Uw opname wacht.' });
  }

  await recordWithdrawalFaceLogin(req.params.withdrawalId, started.transactionReference, started.timestamp);
  res.status(201).json({ faceLoginUrl: started.redirectUrl });
});
