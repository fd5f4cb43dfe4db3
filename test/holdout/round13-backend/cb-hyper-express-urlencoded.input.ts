// hyper-express (uWebSockets.js): the legacy authentication callback read with await request.urlencoded().
import HyperExpress from 'hyper-express';
import { saveResult } from './store.js';

const server = new HyperExpress.Server();

server.post('/jumio/face-login/callback', async (request, response) => {
  const form = await request.urlencoded();
  await saveResult(form.transactionReference, {
    enrollment: form.enrollmentTransactionReference,
    result: form.transactionResult,
    at: form.transactionDate,
  });
  response.status(200).send('OK');
});

server.listen(8080);
