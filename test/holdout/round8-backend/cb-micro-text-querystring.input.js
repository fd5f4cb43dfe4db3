// Vercel "micro" function for the authentication callback.
const { text, send } = require('micro');
const { parse } = require('querystring');
const { saveResult } = require('./store-cjs');

module.exports = async (req, res) => {
  if (req.method !== 'POST') return send(res, 405, 'method not allowed');
  const fields = parse(await text(req));
  const { transactionReference, transactionResult, enrollmentTransactionReference, userReference } = fields;
  if (!transactionReference || !enrollmentTransactionReference) return send(res, 400, 'bad callback');
  await saveResult(transactionReference, {
    passed: transactionResult === 'PASSED',
    enrollment: enrollmentTransactionReference,
    user: userReference,
  });
  return send(res, 200, 'OK');
};
