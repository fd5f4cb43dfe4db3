// uWebSockets.js: the handler gets (res, req) and the body arrives in chunks through res.onData.
import uWS from 'uWebSockets.js';
import { saveResult } from './store.js';

function readForm(res: uWS.HttpResponse): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.onData((chunk, isLast) => {
      chunks.push(Buffer.from(chunk.slice(0)));
      if (isLast) resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    });
    res.onAborted(() => reject(new Error('aborted')));
  });
}

uWS
  .App()
  .post('/jumio/auth-callback', async (res, req) => {
    void req;
    const form = await readForm(res);
    await saveResult(form.get('transactionReference') ?? '', {
      result: form.get('transactionResult'),
      enrollment: form.get('enrollmentTransactionReference'),
      face: form.get('idScanImageFace'),
    });
    res.cork(() => res.writeStatus('200 OK').end());
  })
  .listen(9001, () => undefined);
