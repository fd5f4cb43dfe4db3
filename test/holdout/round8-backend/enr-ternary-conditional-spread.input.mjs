// Multi-region onboarding (ESM, undici).
import { request } from 'undici';

const dcHost = (dc) =>
  dc === 'EU' ? 'https://lon.netverify.com' : dc === 'SG' ? 'https://core-sgp.jumio.com' : 'https://netverify.com';

export async function createIdCheck({ dc, userId, country, docType, locale }) {
  const body = {
    customerInternalReference: userId,
    workflowId: 200,
    ...(locale ? { locale } : {}),
    ...(country && docType ? { presets: [{ index: 1, country, type: docType }] } : {}),
  };
  const { statusCode, body: resBody } = await request(`${dcHost(dc)}/api/v4/initiate`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
      'content-type': 'application/json',
      'user-agent': 'Wingtip Onboarding/3.1',
    },
    body: JSON.stringify(body),
  });
  if (statusCode !== 200) throw new Error(`initiate failed: ${statusCode}`);
  const out = await resBody.json();
  return { link: out.redirectUrl, reference: out.transactionReference };
}
