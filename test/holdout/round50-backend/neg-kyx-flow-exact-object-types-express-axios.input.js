// @flow
// Nordlys Forsikring (EU) claims portal after the move to the vendor's KYX platform: paying a claim out to a new bank
// account waits for a face login (workflow 9 on the claimant's KYX account). Express 4 router on axios; the request
// and answer are Flow exact object types, the OAuth2 token is cached for its lifetime.
import express from 'express';
import type { $Request, $Response, NextFunction } from 'express';
import axios from 'axios';
import { findPayout, savePayoutStepUp } from './db.mjs';

type FaceLoginRequest = {|
  customerInternalReference: string,
  userReference: string,
  workflowDefinition: {| key: number, credentials: Array<{| id?: string, category: string |}> |},
  web: {| successUrl: string, errorUrl: string, locale: string |},
  tokenLifetime: string,
|};

type FaceLoginStarted = {|
  +timestamp: string,
  +web: {| +href: string |},
  +workflowExecution: {| +id: string |},
|};

type Payout = {
  id: string,
  claimant: { id: string, kyxAccountId: string, kyxIdCredentialId: string },
};

const KYX_TOKEN_URL = 'https://auth.emea-1.jumio.ai/oauth2/token';
const KYX_ACCOUNTS = 'https://account.emea-1.jumio.ai/api/v1/accounts';

let cachedToken: ?{ value: string, expiresAt: number } = null;

async function kyxToken(): Promise<string> {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60_000) return cachedToken.value;
  const response = await axios.post(KYX_TOKEN_URL, 'grant_type=client_credentials', {
    auth: { username: process.env.NORDLYS_KYX_CLIENT_ID || '', password: process.env.NORDLYS_KYX_CLIENT_SECRET || '' },
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
  });
  cachedToken = { value: response.data.access_token, expiresAt: Date.now() + response.data.expires_in * 1000 };
  return response.data.access_token;
}

async function initiateFaceLogin(payout: Payout): Promise<FaceLoginStarted> {
  const body: FaceLoginRequest = {
    customerInternalReference: payout.claimant.id,
    userReference: payout.claimant.id,
    workflowDefinition: { key: 9, credentials: [{ id: payout.claimant.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    web: {
      successUrl: `https://krav.nordlys.example/utbetalinger/${payout.id}/bekreftet`,
      errorUrl: `https://krav.nordlys.example/utbetalinger/${payout.id}/avbrutt`,
      locale: 'nb',
    },
    tokenLifetime: '15m',
  };
  const response = await axios.put(`${KYX_ACCOUNTS}/${payout.claimant.kyxAccountId}`, body, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Nordlys-Krav/5.0' },
  });
  return response.data;
}

const router = express.Router();

router.post('/payouts/:id/face-login', async (req: $Request, res: $Response, next: NextFunction) => {
  try {
    const payout = await findPayout(req.params.id);
    const started: FaceLoginStarted = await initiateFaceLogin(payout);
    await savePayoutStepUp(payout.id, started.workflowExecution.id);
    res.status(201).json({ faceLoginUrl: started.web.href });
  } catch (err) {
    next(err);
  }
});

export default router;
