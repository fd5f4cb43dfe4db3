// Outbound calls leave through the corporate egress proxy: undici's fetch with a ProxyAgent dispatcher (US).
import { fetch, ProxyAgent } from 'undici';

const egress = new ProxyAgent(process.env.HTTPS_PROXY ?? 'http://egress.internal:3128');
const authorization = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;

export async function startFaceLogin(enrollment: string, userId: string): Promise<{ url: string; reference: string }> {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    dispatcher: egress,
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, locale: 'en-US' }),
  });
  if (res.status !== 200) throw new Error(`face login failed: ${res.status}`);
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return { url: data.redirectUrl, reference: data.transactionReference };
}
