import { ofetch } from 'ofetch';

const jumioSg = ofetch.create({
  baseURL: 'https://core-sgp.jumio.com',
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_SG_TOKEN}:${process.env.JUMIO_SG_SECRET}`).toString('base64')}` },
  retry: 2,
});

type LegacyAuthResult = { transactionReference: string; userReference?: string; transactionResult: string };

export default defineEventHandler(async (event) => {
  const ref = getRouterParam(event, 'ref')!;
  const result = await jumioSg<LegacyAuthResult>(`/api/netverify/v2/authentications/${encodeURIComponent(ref)}`);
  return { user: result.userReference ?? null };
});
