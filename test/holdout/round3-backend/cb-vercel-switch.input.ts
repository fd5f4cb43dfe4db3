import type { VercelRequest, VercelResponse } from '@vercel/node';
import { markAuthentication } from '../../lib/auth-store';

// Jumio posts application/x-www-form-urlencoded; Vercel parses it into req.body.
export default async function jumioCallback(req: VercelRequest, res: VercelResponse) {
  const body = req.body as Record<string, string>;
  if (body.callBackType !== 'NETVERIFY_AUTHENTICATION') return res.status(204).end();

  let outcome: 'ok' | 'denied' | 'retry';
  switch (body.transactionResult) {
    case 'PASSED':
      outcome = 'ok';
      break;
    case 'FAILED':
      outcome = 'denied';
      break;
    default:
      outcome = 'retry';
  }
  await markAuthentication(body.transactionReference, outcome, body.userReference);
  return res.status(200).send('OK');
}
