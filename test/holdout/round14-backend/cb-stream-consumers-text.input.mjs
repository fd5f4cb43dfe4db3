// Bare node:http server; the form body is read with node:stream/consumers' text().
import { createServer } from 'node:http';
import { text } from 'node:stream/consumers';
import { saveResult } from './store.js';

createServer(async (req, res) => {
  if (req.method === 'POST' && req.url === '/jumio/authentication-callback') {
    const form = new URLSearchParams(await text(req));
    await saveResult(form.get('transactionReference'), {
      result: form.get('transactionResult'),
      enrollment: form.get('enrollmentTransactionReference'),
      date: form.get('transactionDate'),
    });
    res.writeHead(200).end();
    return;
  }
  res.writeHead(404).end();
}).listen(8081);
