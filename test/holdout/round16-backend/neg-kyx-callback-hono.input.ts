// Already on KYX: the JSON callback receiver (Hono); the route names Jumio, the body is the KYX callback.
import { Hono } from 'hono';
import { saveResult } from './store.js';

interface KyxCallback {
  callbackSentAt: string;
  userReference?: string;
  workflowExecution: { id: string; href: string; definitionKey: string; status: string };
  account: { id: string; href: string };
}

export const kyxHooks = new Hono().post('/hooks/jumio/kyx', async (c: any) => {
  const body = (await c.req.json()) as KyxCallback;
  if (body.workflowExecution.definitionKey !== '9') return c.text('ignored');
  await saveResult(body.workflowExecution.id, { account: body.account.id, status: body.workflowExecution.status, at: body.callbackSentAt });
  return c.text('OK');
});
