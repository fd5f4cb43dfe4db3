// Payout confirmation of the marketplace API (Express 4, TypeScript, axios). Sellers confirm a payout above the limit
// with a face login; the request body is typed with the interface the team wrote from the vendor's guide.
import express, { type Request, type Response } from 'express';
import axios from 'axios';
import { saveFaceLogin } from './store.js';

interface LegacyInitiateRequest {
  enrollmentTransactionReference: string;
  userReference?: string;
  successUrl?: string;
  errorUrl?: string;
  callbackUrl?: string;
  locale?: string;
  tokenLifetimeInMinutes?: number;
}

interface LegacyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const JUMIO_AUTH_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const auth = { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! };

export const payouts = express.Router();

payouts.post('/payouts/face-login', async (req: Request, res: Response) => {
  const seller = req.user;
  const { payoutId } = req.body;
  const payload: LegacyInitiateRequest = {
    enrollmentTransactionReference: seller.jumioEnrollment,
    userReference: seller.id,
    successUrl: `https://sellers.acme-market.com/payouts/${payoutId}/confirmed`,
    errorUrl: `https://sellers.acme-market.com/payouts/${payoutId}/retry`,
    callbackUrl: 'https://api.acme-market.com/webhooks/face-login',
    tokenLifetimeInMinutes: 30,
  };
  const { data } = await axios.post<LegacyInitiateResponse>(JUMIO_AUTH_INITIATE, payload, { auth });
  await saveFaceLogin(seller.id, data.transactionReference);
  res.json({ redirectTo: data.redirectUrl });
});
