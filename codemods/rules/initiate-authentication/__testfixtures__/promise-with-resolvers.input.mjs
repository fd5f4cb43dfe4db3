import https from 'node:https';

// node:https.request settled through Promise.withResolvers() (ES2024): what resolve() is given flows out of the promise.
export async function startFaceLogin(enrollment, userId) {
  const { promise, resolve, reject } = Promise.withResolvers();
  const req = https.request(
    'https://lon.netverify.com/api/authentication/v1/web/initiate',
    { method: 'POST', auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`, headers: { 'Content-Type': 'application/json' } },
    (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve(JSON.parse(data)));
    },
  );
  req.on('error', reject);
  req.end(JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }));
  const started = await promise;
  return { url: started.redirectUrl, reference: started.transactionReference };
}
