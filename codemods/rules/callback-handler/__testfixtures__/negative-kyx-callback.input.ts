// Already a KYX callback receiver: JSON, workflowExecution.status, retrieval afterwards.
import express from 'express';

export const app = express();
app.post('/jumio/callback', express.json(), (req, res) => {
  const { workflowExecution, account } = req.body as { workflowExecution: { id: string; status: string }; account: { id: string } };
  console.log(account.id, workflowExecution.id, workflowExecution.status);
  res.sendStatus(200);
});
