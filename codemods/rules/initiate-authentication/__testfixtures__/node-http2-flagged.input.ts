import http2 from 'node:http2';

export function startFaceAuth(enrollmentTransactionReference: string, basic: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const session = http2.connect('https://lon.netverify.com');
    const req = session.request({
      ':method': 'POST',
      ':path': '/api/authentication/v1/web/initiate',
      authorization: `Basic ${basic}`,
      'content-type': 'application/json',
    });
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      session.close();
      resolve(JSON.parse(data).redirectUrl);
    });
    req.on('error', reject);
    req.end(JSON.stringify({ enrollmentTransactionReference, userReference: 'h2' }));
  });
}
