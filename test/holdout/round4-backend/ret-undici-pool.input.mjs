import { Pool } from 'undici';

const netverify = new Pool('https://netverify.com', { connections: 8 });
const authorization = `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`;

export async function authenticationResult(reference) {
  const { statusCode, body } = await netverify.request({
    path: `/api/netverify/v2/authentications/${reference}`,
    method: 'GET',
    headers: { authorization, accept: 'application/json', 'user-agent': 'Corvid Batch/1.0' },
  });
  if (statusCode === 404) {
    await body.dump();
    return null;
  }
  const details = await body.json();
  return { result: details.transactionResult, user: details.userReference };
}

export function close() {
  return netverify.close();
}
