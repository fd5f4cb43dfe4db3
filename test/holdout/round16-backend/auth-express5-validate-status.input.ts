// Express 5 (US, www host): async errors reach the router on their own; axios with validateStatus and the status
// checked by hand; a week-long token lifetime written as arithmetic.
import express from 'express';
import axios from 'axios';

const app = express();
const JUMIO_AUTH = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;

app.post('/account/face-login', async (req: express.Request, res: express.Response) => {
  const { status, data } = await axios.post(
    'https://www.netverify.com/api/authentication/v1/web/initiate',
    {
      enrollmentTransactionReference: req.user.jumioEnrollment,
      userReference: req.user.id,
      tokenLifetimeInMinutes: 60 * 24 * 7,
    },
    { headers: { Authorization: JUMIO_AUTH, 'User-Agent': 'Acme Web/7.0' }, validateStatus: (s: number) => s < 500 },
  );
  if (status !== 200) throw new Error(`face login refused (${status})`);
  res.redirect(303, data.redirectUrl);
});

export default app;
