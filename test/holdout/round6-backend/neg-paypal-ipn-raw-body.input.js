const getRawBody = require('raw-body');
const querystring = require('querystring');
const db = require('./db');

// Legacy PSP notification (form-encoded): the provider posts the payment outcome here.
module.exports = async function paymentNotification(req, res) {
  const raw = await getRawBody(req, { limit: '64kb', encoding: 'utf8' });
  const form = querystring.parse(raw);
  await db.query('UPDATE payments SET status = $1, settled_at = $2 WHERE psp_ref = $3', [
    form.transactionResult,
    form.transactionDate,
    form.transactionReference,
  ]);
  res.statusCode = 200;
  res.end('OK');
};
