// node:https.get settled through Promise.withResolvers() (ES2024): what resolve() is given flows out of `await promise`.
import https from 'node:https';

export async function faceLoginOwner(reference) {
  const { promise, resolve, reject } = Promise.withResolvers();
  https
    .get(
      `https://lon.netverify.com/api/netverify/v2/authentications/${reference}`,
      { auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`, headers: { Accept: 'application/json' } },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw)));
      },
    )
    .on('error', reject);
  const details = await promise;
  return { user: details.userReference, reference: details.transactionReference };
}
