import * as http2 from 'http2';

// An identity provider of our own reached over HTTP/2: the same path words, not Jumio.
export function startLogin(enrollmentTransactionReference: string): void {
  const session = http2.connect('https://idp.internal.example');
  const req = session.request({ ':method': 'POST', ':path': '/api/authentication/v1/web/initiate', 'content-type': 'application/json' });
  req.end(JSON.stringify({ enrollmentTransactionReference }));
}
