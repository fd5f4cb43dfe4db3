// https.request inside a returned promise that resolves with the parsed response (`resolve(JSON.parse(data))`): the
// reads of its callers follow the promise (here and through await), as they follow any returned response.
import { request } from 'node:https';

const JUMIO_HOST = 'core-sgp.jumio.com';

interface AuthInit {
  redirectUrl: string;
  transactionReference: string;
}

function initiate(enrollmentTransactionReference: string): Promise<AuthInit> {
  const body = JSON.stringify({ enrollmentTransactionReference, locale: 'en-SG' });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: JUMIO_HOST,
        path: '/api/authentication/v1/web/initiate',
        method: 'POST',
        auth: `${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`,
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'Acme SG/1.0' },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          raw += chunk;
        });
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`Jumio ${res.statusCode}: ${raw}`));
          resolve(JSON.parse(raw));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function faceLogin(enrollmentRef: string): Promise<{ url: string; ref: string }> {
  const { redirectUrl, transactionReference } = await initiate(enrollmentRef);
  return { url: redirectUrl, ref: transactionReference };
}
