// Node's https.request whose response is read as an async iterable (`for await (const chunk of res)`): the chunks are
// collected like a 'data' listener's, so the call is migrated and the parsed body's reads follow.
import https from 'node:https';

export function startFaceLogin(enrollment, userId) {
  const payload = JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId });
  return new Promise((resolve, reject) => {
    const req = https.request('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    }, async (res) => {
      const chunks = [];
      for await (const chunk of res) {
        chunks.push(chunk);
      }
      const started = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      resolve({ url: started.redirectUrl, reference: started.transactionReference });
    });
    req.on('error', reject);
    req.end(payload);
  });
}
