// Express 5 route (US): axios with the response destructured two levels deep, renamed, with defaults; optional chaining
// on a second read.
import express from 'express';
import axios from 'axios';
import { saveFaceLogin } from './store.js';

export const router = express.Router();

router.post('/face-login', async (req, res) => {
  const user = (req as any).user as { id: string; enrollment: string };
  const response = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: user.enrollment, userReference: user.id, tokenLifetimeInMinutes: 15 },
    { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! }, headers: { 'User-Agent': 'Acme Web/5.0' } },
  );
  const { data: { redirectUrl: href = '/face-login/unavailable', transactionReference: reference } = {} as any } = response;
  await saveFaceLogin(user.id, response?.data?.transactionReference ?? reference);
  res.json({ href });
});
