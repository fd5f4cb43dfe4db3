import http2 from 'node:http2';

const NETVERIFY_ORIGIN = 'https://netverify.com';
const INITIATE_PATH = '/api/authentication/v1/web/initiate';

let session;

function client() {
  if (!session || session.closed || session.destroyed) {
    session = http2.connect(NETVERIFY_ORIGIN);
    session.on('error', () => session.destroy());
  }
  return session;
}

export function initiateAuthentication(enrollmentReference, userReference) {
  const payload = JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference });
  return new Promise((resolve, reject) => {
    const req = client().request({
      ':method': 'POST',
      ':path': INITIATE_PATH,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
      'user-agent': 'Stratus Edge/0.9',
    });
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      try {
        const body = JSON.parse(raw);
        resolve({ url: body.redirectUrl, reference: body.transactionReference });
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
    req.end(payload);
  });
}
