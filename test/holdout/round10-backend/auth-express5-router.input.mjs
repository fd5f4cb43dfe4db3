// Express 5 router: async handlers (a rejected promise reaches the error middleware), axios config form (EU).
import express from 'express';
import axios from 'axios';
import { enrollmentOf } from './store.js';

export const router = express.Router();

router.post('/face-login', async (req, res) => {
  const enrollment = await enrollmentOf(req.user.id);
  const response = await axios({
    method: 'post',
    url: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
    data: { enrollmentTransactionReference: enrollment, userReference: req.user.id, locale: req.acceptsLanguages('de', 'en') || 'en' },
    auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
    timeout: 8000,
  });
  res.json({ redirect: response.data.redirectUrl, reference: response.data.transactionReference });
});
