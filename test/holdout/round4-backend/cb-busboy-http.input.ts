import http from 'node:http';
import busboy from 'busboy';
import { saveFaceResult } from './results';

function readFields(req: http.IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const bb = busboy({ headers: req.headers });
    bb.on('field', (name, value) => {
      fields[name] = value;
    });
    bb.on('close', () => resolve(fields));
    bb.on('error', reject);
    req.pipe(bb);
  });
}

export const server = http.createServer(async (req, res) => {
  if (req.method === 'POST' && req.url === '/callbacks/face') {
    const fields = await readFields(req);
    if (fields.callBackType === 'NETVERIFY_AUTHENTICATION') {
      await saveFaceResult(fields.transactionReference, {
        result: fields.transactionResult,
        liveness: JSON.parse(fields.livenessImages ?? '[]') as string[],
        source: fields.scanSource,
      });
    }
    res.writeHead(200).end();
    return;
  }
  res.writeHead(404).end();
});
