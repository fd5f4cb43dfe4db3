const request = require('request');

function fetchAuthentication(ref, done) {
  // TODO(netverify-migrate): retrieval-authentication: legacy retrieval outside an async function: the KYX call needs a bearer token and the account id first; migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
  request.get(
    {
      url: 'https://lon.netverify.com/api/netverify/v2/authentications/' + ref,
      auth: { user: process.env.JUMIO_TOKEN, pass: process.env.JUMIO_SECRET },
      json: true,
    },
    (err, response, body) => {
      if (err) return done(err);
      done(null, body.transactionResult);
    },
  );
}

module.exports = fetchAuthentication;
