import http from 'node:http';
import formidable from 'formidable';
import { markFaceAuthentication } from './face-store';

export const callbackServer = http.createServer(async (req, res) => {
  if (req.method !== 'POST' || req.url !== '/hooks/netverify') {
    res.writeHead(404).end();
    return;
  }
  const form = formidable({ maxFields: 50 });
  const [fields] = await form.parse(req);
  const first = (name: string) => fields[name]?.[0];
  if (first('callBackType') === 'NETVERIFY_AUTHENTICATION') {
    await markFaceAuthentication(first('transactionReference')!, {
      enrollment: first('enrollmentTransactionReference'),
      result: first('transactionResult'),
    });
  }
  res.writeHead(200).end('OK');
});
