import http from 'node:http';
import busboy from 'busboy';
import { settleTransfer } from './ledger';

export const webhookServer = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/webhooks/bank-transfer') {
    res.writeHead(404).end();
    return;
  }
  const fields: Record<string, string> = {};
  const bb = busboy({ headers: req.headers });
  bb.on('field', (name, value) => (fields[name] = value));
  bb.on('close', async () => {
    await settleTransfer({
      reference: fields.transactionReference,
      result: fields.transactionResult,
      date: fields.transactionDate,
      channel: fields.channel,
    });
    res.writeHead(200).end();
  });
  req.pipe(bb);
});
