// @flow
// Nordlys Forsikring (EU) claims portal, written in 2018 with Flow: paying a claim out to a bank account the claimant
// has not used before waits for a face login against the ID check of the claim. Express 4 router on axios; the
// vendor's request and answer are Flow exact object types.
import express from 'express';
import type { $Request, $Response, NextFunction } from 'express';
import axios from 'axios';
import { findPayout, savePayoutStepUp } from './db.mjs';

type FaceLoginRequest = {|
  enrollmentTransactionReference: string,
  userReference: string,
  successUrl: string,
  errorUrl: string,
  locale: string,
  tokenLifetimeInMinutes: number,
|};

type FaceLoginStarted = {|
  +timestamp: string,
  +redirectUrl: string,
  +transactionReference: string,
|};

type Payout = {
  id: string,
  claimant: { id: string, netverifyReference: string },
};

const NETVERIFY_EU = 'https://lon.netverify.com';

async function initiateFaceLogin(payout: Payout): Promise<FaceLoginStarted> {
  const body: FaceLoginRequest = {
    enrollmentTransactionReference: payout.claimant.netverifyReference,
    userReference: payout.claimant.id,
    successUrl: `https://krav.nordlys.example/utbetalinger/${payout.id}/bekreftet`,
    errorUrl: `https://krav.nordlys.example/utbetalinger/${payout.id}/avbrutt`,
    locale: 'nb',
    tokenLifetimeInMinutes: 15,
  };
  const response = await axios.post(`${NETVERIFY_EU}/api/authentication/v1/web/initiate`, body, {
    auth: { username: process.env.NORDLYS_NV_TOKEN || '', password: process.env.NORDLYS_NV_SECRET || '' },
    headers: { Accept: 'application/json', 'User-Agent': 'Nordlys-Krav/4.0' },
  });
  return response.data;
}

const router = express.Router();

router.post('/payouts/:id/face-login', async (req: $Request, res: $Response, next: NextFunction) => {
  try {
    const payout = await findPayout(req.params.id);
    const started: FaceLoginStarted = await initiateFaceLogin(payout);
    await savePayoutStepUp(payout.id, started.transactionReference);
    res.status(201).json({ faceLoginUrl: started.redirectUrl });
  } catch (err) {
    next(err);
  }
});

export default router;
