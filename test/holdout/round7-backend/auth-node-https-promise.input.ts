import https from 'node:https';

interface StartedAuthentication {
  redirectUrl: string;
  transactionReference: string;
}

function postJson<T>(hostname: string, path: string, payload: unknown): Promise<T> {
  const body = JSON.stringify(payload);
  return new Promise<T>((resolve, reject) => {
    const req = https.request(
      {
        hostname,
        path,
        method: 'POST',
        auth: `${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Accept: 'application/json' },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (raw += chunk));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(raw) as T) : reject(new Error(`HTTP ${res.statusCode}: ${raw}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function startAuthentication(enrollmentTransactionReference: string, userReference: string) {
  const started = await postJson<StartedAuthentication>('netverify.com', '/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference,
    userReference,
  });
  return started;
}
