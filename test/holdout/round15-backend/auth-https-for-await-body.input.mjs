// node:https (EU) with the response read by `for await` over the stream.
import https from 'node:https';

export function startFaceLogin(enrollment, userId) {
  const body = JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId });
  return new Promise((resolve, reject) => {
    const req = https.request('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      auth: `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    }, async (res) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      const json = JSON.parse(text);
      resolve({ url: json.redirectUrl, reference: json.transactionReference });
    });
    req.on('error', reject);
    req.end(body);
  });
}
