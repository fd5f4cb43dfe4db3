import got from 'got';

export async function createScan(customerInternalReference: string): Promise<string> {
  const res = await got('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    json: { customerInternalReference, workflowId: 100, presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }] },
    username: process.env.JUMIO_TOKEN ?? '',
    password: process.env.JUMIO_SECRET ?? '',
  }).json<{ redirectUrl: string; transactionReference: string }>();
  return res.redirectUrl;
}
