// Return pages of the account area. /kyc/done reads the KYX redirect parameters since the switch; the transfer return
// below comes back from the open-banking provider with its own parameters.
import express from 'express';

export const returns = express.Router();

returns.get('/kyc/done', (req, res) => {
  const status = req.query.acquisitionStatus;
  const reference = req.query.workflowExecutionId;
  if (status !== 'SUCCESS') {
    if (req.query.errorCode === '9836') return res.redirect('/kyc/help');
    return res.render('kyc-failed', { code: req.query.errorCode });
  }
  res.render('kyc-done', { reference, account: req.query.accountId });
});

returns.get('/transfers/return', (req, res) => {
  const { transactionStatus, transactionReference, errorCode } = req.query;
  if (transactionStatus === 'RETURNED') {
    return res.render('transfer-returned', { code: errorCode });
  }
  if (transactionStatus === 'SETTLED') return res.render('transfer-sent', { reference: transactionReference });
  res.render('transfer-pending', { reference: transactionReference });
});
