// express-validator: the query('…') chains name the redirect parameters, and matchedData(req) is the validated query.
import { Router, type Request, type Response } from 'express';
import { matchedData, query as q } from 'express-validator';

export const identityRoutes = Router();

identityRoutes.get('/identity/done', [q('acquisitionStatus').isIn(['SUCCESS', 'ERROR']), q('workflowExecutionId').optional().isString()], (req: Request, res: Response) => {
  const data = matchedData(req);
  if (data.acquisitionStatus !== 'SUCCESS') return res.redirect(`/identity?retry=1&code=${data.errorCode ?? ''}`);
  res.render('identity-done', { reference: data.workflowExecutionId });
});
