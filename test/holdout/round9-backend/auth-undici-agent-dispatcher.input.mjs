// Face re-authentication client on undici's fetch with its own connection settings (SGP data centre).
import { Agent, fetch } from 'undici';

const jumioAgent = new Agent({ connect: { timeout: 5_000 }, keepAliveTimeout: 10_000 });
const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function startFaceReauth(account) {
  const response = await fetch('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    dispatcher: jumioAgent,
    headers: { Authorization: `Basic ${credentials}`, 'Content-Type': 'application/json', 'User-Agent': 'Lumen SG/0.9' },
    body: JSON.stringify({ enrollmentTransactionReference: account.enrollmentRef, userReference: account.id, tokenLifetimeInMinutes: 120 }),
  });
  if (response.status !== 200) throw new Error(`netverify: ${response.status}`);
  const body = await response.json();
  return { link: body.redirectUrl, reference: body.transactionReference };
}
