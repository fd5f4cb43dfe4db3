// tinyhttp with milliparsec's urlencoded parser: the legacy authentication callback.
import { App } from '@tinyhttp/app';
import { urlencoded } from 'milliparsec';
import { saveResult } from './store.js';

const app = new App();

app.post('/jumio/face-login/callback', urlencoded(), async (req, res) => {
  const { transactionReference, enrollmentTransactionReference, transactionResult, scanSource } = req.body;
  await saveResult(transactionReference, { enrollment: enrollmentTransactionReference, result: transactionResult, source: scanSource });
  res.status(200).send('OK');
});

export default app;
