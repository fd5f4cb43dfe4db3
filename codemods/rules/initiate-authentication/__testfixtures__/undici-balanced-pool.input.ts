import { BalancedPool } from 'undici';

// Every Jumio call of the service goes through one keep-alive pool.
const jumio = new BalancedPool(['https://lon.netverify.com'], { connections: 16 });
const BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function startAuthentication(enrollmentTransactionReference: string): Promise<string> {
  const { statusCode, body } = await jumio.request({
    path: '/api/authentication/v1/web/initiate',
    method: 'POST',
    headers: { authorization: `Basic ${BASIC}`, 'content-type': 'application/json', 'user-agent': 'Fabrikam KYC/2.4' },
    body: JSON.stringify({ enrollmentTransactionReference, userReference: 'fabrikam-web' }),
  });
  if (statusCode !== 200) throw new Error(`Jumio initiate failed: ${statusCode}`);
  const session = (await body.json()) as { redirectUrl: string };
  return session.redirectUrl;
}

export async function ping(): Promise<number> {
  const { statusCode } = await jumio.request({ path: '/', method: 'HEAD' });
  return statusCode;
}
