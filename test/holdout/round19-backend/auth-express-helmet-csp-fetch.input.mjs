// Customer portal server (Express 4, ESM): security headers and the face-login start route. The Jumio web client
// runs in an iframe of the portal, under the company's white-label domain.
import express from 'express';
import helmet from 'helmet';
import fetch from 'node-fetch';
import { saveFaceLogin } from './store.js';

const JUMIO_AUTH_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const JUMIO_WEB_CLIENT = 'https://acme.netverify.com';

export const app = express();
app.use(express.json());
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        frameSrc: ["'self'", JUMIO_WEB_CLIENT],
        connectSrc: ["'self'"],
      },
    },
  }),
);

const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

app.post('/api/face-login', async (req, res, next) => {
  try {
    const response = await fetch(JUMIO_AUTH_INITIATE, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${basic}`,
        'User-Agent': 'Acme Portal/2.9',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: req.body.enrollmentReference,
        userReference: req.body.userId,
        errorUrl: 'https://portal.acme.com/face-login/error',
        locale: req.body.locale,
      }),
    });
    if (!response.ok) throw new Error(`Jumio answered ${response.status}`);
    const { redirectUrl, transactionReference } = await response.json();
    await saveFaceLogin(req.body.userId, transactionReference);
    res.json({ iframeUrl: redirectUrl });
  } catch (err) {
    next(err);
  }
});
