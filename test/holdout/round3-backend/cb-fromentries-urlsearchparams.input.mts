import { createServer, type IncomingMessage } from 'node:http';
import { recordFaceAuth } from './face-auth-store.js';

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

createServer(async (req, res) => {
  if (req.method === 'POST' && req.url === '/netverify/auth-callback') {
    const fields = Object.fromEntries(new URLSearchParams(await readText(req)));
    await recordFaceAuth({
      ref: fields.transactionReference,
      enrollment: fields.enrollmentTransactionReference,
      passed: fields.transactionResult === 'PASSED',
      source: fields.scanSource,
    });
    res.writeHead(200).end();
    return;
  }
  res.writeHead(404).end();
}).listen(4000);
