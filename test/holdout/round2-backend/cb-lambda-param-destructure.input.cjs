const qs = require('querystring');

exports.handler = async ({ body, isBase64Encoded }) => {
  const form = qs.parse(isBase64Encoded ? Buffer.from(body, 'base64').toString() : body);
  if (form.callBackType === 'NETVERIFY_AUTHENTICATION') {
    console.log(form.transactionReference, form.transactionResult);
  }
  return { statusCode: 200 };
};
