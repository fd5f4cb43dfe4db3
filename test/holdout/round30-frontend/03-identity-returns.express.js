// Return pages of the identity checks. /kyc/done was switched to the KYX redirect parameters with the new enrolment;
// the face-login return below it was forgotten and still reads the old ones.
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

returns.get('/face-login/done', (req, res) => {
  const { transactionStatus, transactionReference, errorCode } = req.query;
  if (transactionStatus === 'ERROR') {
    if (errorCode === '9836') return res.redirect('/face-login/locked');
    return res.render('face-login-failed', { code: errorCode });
  }
  res.render('face-login-done', { reference: transactionReference });
});
