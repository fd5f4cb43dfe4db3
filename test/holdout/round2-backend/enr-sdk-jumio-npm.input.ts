import express from 'express';
import Jumio, { Region } from 'jumio';

const jumio = new Jumio({
  apiToken: process.env.JUMIO_TOKEN!,
  apiSecret: process.env.JUMIO_SECRET!,
  region: Region.EU,
  company: 'Acme',
  handleIdentityVerification: async (result) => {
    console.log('verification', result);
  },
});

export const app = express();
app.use(jumio.middleware());

app.post('/kyc/start', async (req, res) => {
  const { redirectUrl, transactionReference } = await jumio.initiateIdentityVerification({
    customerInternalReference: req.body.userId,
    userReference: req.body.userId,
  });
  res.json({ redirectUrl, transactionReference });
});
