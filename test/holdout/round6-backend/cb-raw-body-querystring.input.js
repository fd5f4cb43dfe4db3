const getRawBody = require('raw-body');
const querystring = require('querystring');
const db = require('./db');

module.exports = async function netverifyCallback(req, res) {
  const raw = await getRawBody(req, { length: req.headers['content-length'], limit: '64kb', encoding: 'utf8' });
  const form = querystring.parse(raw);
  await db.query('UPDATE face_auth SET result = $1, finished_at = $2 WHERE reference = $3', [
    form.transactionResult,
    form.transactionDate,
    form.transactionReference,
  ]);
  if (form.enrollmentTransactionReference) {
    await db.query('UPDATE users SET last_face_auth = now() WHERE jumio_ref = $1', [form.enrollmentTransactionReference]);
  }
  res.statusCode = 200;
  res.end();
};
