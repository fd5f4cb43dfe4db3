// Express (EU) enrolment: the team keeps Jumio's workflow ids in a TypeScript enum and the link lifetime in a
// constant computed from hours; the preset pins the German ID card. Node 20's global fetch.
import express from 'express';
import { saveKycCase } from './store.js';

enum JumioWorkflow {
  IdOnlyCameraOrUpload = 100,
  IdOnlyCameraOnly = 101,
  IdAndIdentityCameraOrUpload = 200,
  IdAndIdentityCameraOnly = 201,
}

const LINK_TTL_HOURS = 48;
const LINK_TTL_MINUTES = LINK_TTL_HOURS * 60;

const JUMIO_V4_INITIATE = 'https://lon.netverify.com/api/v4/initiate';
const basicAuth = () => 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export const kycRouter = express.Router();

kycRouter.post('/kyc/start', async (req: express.Request, res: express.Response) => {
  const customerId: string = req.user.id;
  const response = await fetch(JUMIO_V4_INITIATE, {
    method: 'POST',
    headers: { Authorization: basicAuth(), 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': 'Acme KYC/5.0' },
    body: JSON.stringify({
      customerInternalReference: customerId,
      userReference: customerId,
      workflowId: JumioWorkflow.IdAndIdentityCameraOnly,
      presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }],
      tokenLifetimeInMinutes: LINK_TTL_MINUTES,
      successUrl: 'https://acme.de/kyc/fertig',
      errorUrl: 'https://acme.de/kyc/fehler',
    }),
  });
  if (!response.ok) {
    res.status(502).json({ error: `jumio ${response.status}` });
    return;
  }
  const started = (await response.json()) as { redirectUrl: string; transactionReference: string };
  await saveKycCase(customerId, started.transactionReference);
  res.json({ link: started.redirectUrl });
});
