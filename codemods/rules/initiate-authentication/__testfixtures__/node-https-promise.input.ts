// Node https.request with the host and path as options, the body written with req.write and the chunks joined
// into a string, inside a returned `new Promise`: the lookup and the token are awaited above the promise.
import https from 'https';

export function startAuth(enrollmentRef: string, userRef: string): Promise<string> {
  const payload = {
    enrollmentTransactionReference: enrollmentRef,
    userReference: userRef,
    successUrl: 'https://shop.example.com/ok',
    errorUrl: 'https://shop.example.com/fail',
  };
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = https.request({
      hostname: 'lon.netverify.com',
      path: '/api/authentication/v1/web/initiate',
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'Shop/1.0',
        Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
      },
    }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(data);
        resolve(parsed.redirectUrl);
      });
    });
    req.on('error', reject);
    req.write(body);
    req.end();
  });
}
