import { saveFaceAuth } from './store.js';

const DATA_CENTERS = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SG: 'https://core-sgp.jumio.com',
} as const satisfies Record<string, `https://${string}`>;

type DataCenter = keyof typeof DATA_CENTERS;

export async function createIdVerification(dc: DataCenter, userId: string): Promise<string> {
  const res = await fetch(`${DATA_CENTERS[dc]}/api/v4/initiate`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
      'User-Agent': 'Example Global/2.0',
    },
    body: JSON.stringify({ customerInternalReference: userId, userReference: userId, workflowId: 100 }),
  });
  const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
  await saveFaceAuth({ userId, reference: started.transactionReference });
  return started.redirectUrl;
}
