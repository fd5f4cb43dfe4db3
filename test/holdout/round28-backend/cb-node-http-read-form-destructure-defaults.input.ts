// Face login callback of the pension portal: a bare Node HTTP server (no framework) in front of the job queue. The
// form is read by a small helper; the fields are destructured with our own names and defaults.
import { createServer, type IncomingMessage } from 'node:http';
import { saveResult } from './store.js';

async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const form: Record<string, string> = {};
  new URLSearchParams(raw).forEach((value, key) => {
    form[key] = value;
  });
  return form;
}

const server = createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/callbacks/jumio-authentication') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const {
    callBackType = '',
    transactionReference = '',
    transactionResult: result = 'INVALID',
    scanSource: channel = 'WEB',
    userReference,
  } = await readForm(req);
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') {
    res.statusCode = 204;
    res.end();
    return;
  }
  await saveResult(transactionReference, { result, channel, member: userReference ?? null });
  res.statusCode = 200;
  res.end('OK');
});

server.listen(Number(process.env.PORT ?? 8080));
