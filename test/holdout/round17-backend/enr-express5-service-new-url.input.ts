// Express 5 (EU): an async router handler (a rejection reaches the error middleware by itself) and a service class
// whose base URL is a private field; the URL made with new URL(path, this.base); AbortSignal.timeout; workflowId 100
// with a preset whose country comes from the request.
import { Router } from 'express';
import { saveKycCase } from './store.js';

class KycService {
  private readonly base = 'https://lon.netverify.com';
  private readonly basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

  async start(customerId: string, country: string): Promise<{ link: string; scanRef: string }> {
    const res = await fetch(new URL('/api/v4/initiate', this.base), {
      method: 'POST',
      signal: AbortSignal.timeout(10_000),
      headers: { Authorization: `Basic ${this.basic}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme EU/5.0' },
      body: JSON.stringify({
        customerInternalReference: customerId,
        workflowId: 100,
        presets: [{ index: 1, country, type: 'PASSPORT' }],
        tokenLifetimeInMinutes: 60,
      }),
    });
    if (!res.ok) throw new Error(`initiate ${res.status}`);
    const body = (await res.json()) as { redirectUrl: string; transactionReference: string };
    return { link: body.redirectUrl, scanRef: body.transactionReference };
  }
}

const kyc = new KycService();
export const kycRouter = Router();

kycRouter.post('/kyc/start', async (req: any, res: any) => {
  const started = await kyc.start(req.user.id, String(req.body.country));
  await saveKycCase(req.user.id, started.scanRef);
  res.json({ link: started.link });
});
