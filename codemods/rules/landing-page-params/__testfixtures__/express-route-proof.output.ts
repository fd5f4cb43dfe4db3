import express from 'express';
import axios from 'axios';

const BASE_URL = process.env.PUBLIC_URL;
const app = express();

app.post('/start', async (_req, res) => {
  const { data } = await axios.post(
    'https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: 'e-1', successUrl: `${BASE_URL}/kyc/success`, errorUrl: `${BASE_URL}/kyc/error` },
    { auth: { username: 'token', password: 'secret' } },
  );
  res.json({ iframeUrl: data.redirectUrl });
});

// The success page reads only the reference: its route proves it is Jumio's redirect.
app.get('/kyc/success', (req, res) => {
  res.send(`Reference ${req.query.workflowExecutionId}`);
});

app.get('/payments/return', (req, res) => {
  res.send(`Payment ${req.query.transactionReference}`);
});
