// Azure Functions v3 (function.json beside it): module.exports = async function (context, req); context.res (EU).
const fetch = require('node-fetch');

module.exports = async function (context, req) {
  const customer = req.body;
  const res = await fetch('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_API_TOKEN + ':' + process.env.JUMIO_API_SECRET).toString('base64'),
      'User-Agent': 'Acme Energy Switch/2.1',
    },
    body: JSON.stringify({
      customerInternalReference: customer.accountNumber,
      userReference: customer.id,
      workflowId: 101,
      locale: 'en-GB',
    }),
  });
  const json = await res.json();
  context.log('jumio scan', json.transactionReference);
  context.res = { status: 200, body: { verifyUrl: json.redirectUrl } };
};
