// Azure Functions v3: the context comes first, the request second; the form is parsed from req.rawBody.
const querystring = require('querystring');
const { saveResult } = require('./store');

module.exports = async function (context, req) {
  const form = querystring.parse(req.rawBody);
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    context.res = { status: 400 };
    return;
  }
  await saveResult(form.transactionReference, {
    result: form.transactionResult,
    enrollment: form.enrollmentTransactionReference,
    date: form.callbackDate,
  });
  context.res = { status: 200, body: 'OK' };
};
