import http2 from 'node:http2';

export function startFaceAuth(enrollmentTransactionReference: string, basic: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const session = http2.connect('https://lon.netverify.com');
    // TODO(netverify-migrate): initiate-authentication: legacy Jumio authentication initiate not migrated automatically: a Node http2 request on a session bound to 'https://lon.netverify.com' (http2.connect), which the codemod does not rewrite: connect to the KYX host instead, send ':method': 'PUT' to the KYX account path with authorization: Bearer from kyxAccessToken and read the KYX fields (see MIGRATION.md), or send the call with another client the codemod migrates
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
