// Identity-check return routes: an Azure Function (HttpRequest.query is a URLSearchParams) and an Express route
// validating the query with zod.
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { Router } from 'express';
import { z } from 'zod';

export async function identityReturn(request: HttpRequest): Promise<HttpResponseInit> {
  const status = request.query.get('acquisitionStatus');
  const reference = request.query.get('workflowExecutionId');
  return { status: 302, headers: { Location: status === 'SUCCESS' ? `/kyc/pending?ref=${reference}` : '/kyc/failed' } };
}
app.http('identityReturn', { methods: ['GET'], route: 'kyc/return', handler: identityReturn });

const ReturnQuery = z.object({
  acquisitionStatus: z.enum(['SUCCESS', 'ERROR']),
  workflowExecutionId: z.string().uuid(),
  errorCode: z.string().optional(),
});

export const router = Router();
router.get('/kyc/return', (req, res) => {
  const parsed = ReturnQuery.safeParse(req.query);
  if (!parsed.success) return res.status(400).end();
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = parsed.data;
  return res.redirect(transactionStatus === 'SUCCESS' ? `/kyc/pending?ref=${transactionReference}` : '/kyc/failed');
});

router.get('/kyc/return-strict', (req, res) => {
  const q = ReturnQuery.parse(req.query);
  return res.send(q.acquisitionStatus === 'SUCCESS' ? q.workflowExecutionId : 'failed');
});
