// An ES module loading the CommonJS `request` client through createRequire; callback style inside a Promise
// executor (US).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const request = require('request');

export function startFaceLogin(enrollment, userId) {
  return new Promise((resolve, reject) => {
    request.post(
      {
        url: 'https://netverify.com/api/authentication/v1/web/initiate',
        json: { enrollmentTransactionReference: enrollment, userReference: userId, locale: 'es-MX' },
        auth: { user: process.env.JUMIO_API_TOKEN, pass: process.env.JUMIO_API_SECRET, sendImmediately: true },
        headers: { 'User-Agent': 'Acme Legacy/0.9' },
      },
      (err, response, body) => {
        if (err) return reject(err);
        if (response.statusCode !== 200) return reject(new Error(`initiate ${response.statusCode}`));
        resolve({ url: body.redirectUrl, reference: body.transactionReference });
      },
    );
  });
}
