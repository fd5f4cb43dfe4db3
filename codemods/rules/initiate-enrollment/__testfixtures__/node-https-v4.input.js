// Node https.request on the v4 initiate (an enrolment: no enrollmentTransactionReference), with a port and the
// chunks joined by Buffer.concat; POST stays POST (KYX account create).
const https = require('https');

module.exports.createVerification = function createVerification(customerId) {
  const data = JSON.stringify({
    customerInternalReference: customerId,
    userReference: customerId,
    locale: 'en',
    callbackUrl: 'https://api.example.com/hooks/jumio',
  });
  const options = {
    host: 'netverify.com',
    port: 443,
    path: '/api/v4/initiate',
    method: 'POST',
    auth: `${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(data),
      'User-Agent': 'Example Onboarding/3.0',
    },
  };
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks));
          resolve({ url: body.redirectUrl, scan: body.transactionReference });
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('error', reject);
    req.write(data);
    req.end();
  });
};
