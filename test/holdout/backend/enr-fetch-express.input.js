import express from 'express';

const app = express();
const JUMIO_INITIATE = 'https://netverify.com/api/v4/initiate';

app.post('/kyc/start', async (req, res) => {
  const payload = {
    customerInternalReference: req.user.id,
    userReference: req.user.email,
    successUrl: `${process.env.APP_URL}/kyc/success`,
    errorUrl: `${process.env.APP_URL}/kyc/error`,
    workflowId: 200,
    presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
    locale: 'en',
  };
  const jumioRes = await fetch(JUMIO_INITIATE, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': JSON.stringify(payload).length.toString(),
      'User-Agent': 'Acme KYC/1.0',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
    },
    body: JSON.stringify(payload),
  });
  const json = await jumioRes.json();
  await req.user.update({ jumioScanReference: json.transactionReference });
  res.redirect(json.redirectUrl);
});

export default app;
