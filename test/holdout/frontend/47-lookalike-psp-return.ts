import type { Request, Response } from 'express';

// Paystack-style PSP return page: ?transactionStatus=successful&transactionReference=T123
export function paymentReturn(req: Request, res: Response) {
  const { transactionStatus, transactionReference } = req.query;
  if (transactionStatus === 'successful') {
    res.render('paid', { transactionReference, amount: req.query.amount });
  } else {
    res.render('payment-failed', { transactionReference });
  }
}
