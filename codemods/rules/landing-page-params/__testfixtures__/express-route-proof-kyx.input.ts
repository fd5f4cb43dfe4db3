import express from 'express';
import axios from 'axios';

const app = express();

// The initiate call was already migrated to KYX; the landing route still reads the legacy names.
app.post('/start', async (_req, res) => {
  const { data } = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${process.env.ACCOUNT_ID}`,
    {
      customerInternalReference: 'user-1',
      workflowDefinition: { key: 9 },
      web: { successUrl: 'https://shop.example.com/kyc/finished?lang=en', errorUrl: 'https://shop.example.com/kyc/finished' },
    },
    { headers: { Authorization: `Bearer ${process.env.TOKEN}` } },
  );
  res.json({ iframeUrl: data.web.href });
});

app.get('/kyc/finished', (req, res) => {
  const ok = req.query['transactionStatus'] === 'SUCCESS';
  res.send(ok ? 'Verified' : 'Not verified');
});
