// Where the identity check sends the browser back to (success and error URL are the same route).
import { Router, type Request, type Response } from 'express';

export const identityReturn = Router();

identityReturn.get('/onboarding/identity/return', (req: Request, res: Response) => {
  const q = req.query as Record<string, string>;
  const reference = q.transactionReference ?? '';
  switch (q.transactionStatus) {
    case 'SUCCESS':
      return res.redirect(303, `/onboarding/address?identity=${encodeURIComponent(reference)}`);
    case 'ERROR': {
      const code = q.errorCode;
      if (code === '9836') return res.redirect(303, '/onboarding/identity/locked');
      return res.redirect(303, `/onboarding/identity?retry=1&code=${encodeURIComponent(code ?? '')}`);
    }
    default:
      return res.status(400).send('Unexpected identity return');
  }
});
