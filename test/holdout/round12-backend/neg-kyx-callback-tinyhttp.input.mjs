// Already on KYX: tinyhttp receiving the KYX JSON callback (workflow execution and account ids, status only).
import { App } from '@tinyhttp/app';
import { json } from 'milliparsec';
import { queueRetrieval } from './store.js';

const app = new App();

app.post('/kyx/callback', json(), async (req, res) => {
  const { workflowExecution, account, callbackSentAt, userReference } = req.body;
  if (workflowExecution.definitionKey === '9') {
    await queueRetrieval(account.id, workflowExecution.id, { status: workflowExecution.status, at: callbackSentAt, userReference });
  }
  res.status(200).send('OK');
});

export default app;
