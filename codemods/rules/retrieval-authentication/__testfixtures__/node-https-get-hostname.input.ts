// Node's https.get with the host and the path as options (hostname from a const): the KYX retrieval host goes to
// hostname, the details path to path, Node's auth option gives way to the Bearer header.
import * as https from 'https';

const JUMIO_HOST = 'core-sgp.jumio.com';

export async function authenticationResult(reference: string, done: (err: Error | null, user?: string) => void): Promise<void> {
  https.get(
    {
      hostname: JUMIO_HOST,
      path: `/api/netverify/v2/authentications/${encodeURIComponent(reference)}`,
      auth: `${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`,
      headers: { Accept: 'application/json', 'User-Agent': 'Acme SG/2.0' },
    },
    (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => done(null, JSON.parse(body).userReference));
    },
  ).on('error', done);
}
