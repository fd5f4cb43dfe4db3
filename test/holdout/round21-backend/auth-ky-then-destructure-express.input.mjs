// Face login of the EU shop (Express 4 with express-async-errors, ESM, ky). Errors of async handlers reach the error
// middleware through express-async-errors.
import 'express-async-errors';
import express from 'express';
import ky from 'ky';
import { saveFaceLogin } from './store.js';

const JUMIO_HOST = 'https://lon.netverify.com';

export const router = express.Router();

router.post('/account/face-login', async (req, res) => {
  const { id, jumioEnrollment } = req.session.customer;
  const url = await ky
    .post(`${JUMIO_HOST}/api/authentication/v1/web/initiate`, {
      json: {
        enrollmentTransactionReference: jumioEnrollment,
        userReference: id,
        successUrl: 'https://shop.acme.eu/account/face-login/ok',
        errorUrl: 'https://shop.acme.eu/account/face-login/ko',
        callbackUrl: 'https://shop.acme.eu/hooks/face-login',
        tokenLifetimeInMinutes: 10,
      },
      headers: {
        Authorization: 'Basic ' + process.env.JUMIO_BASIC_CREDENTIALS,
        'User-Agent': 'Acme Shop EU/2.4',
      },
      timeout: 15000,
    })
    .json()
    .then(async ({ redirectUrl, transactionReference }) => {
      await saveFaceLogin(id, transactionReference);
      return redirectUrl;
    });
  res.json({ url });
});

router.use((err, req, res, next) => {
  req.log?.error(err);
  res.status(502).json({ error: 'face login unavailable' });
});
