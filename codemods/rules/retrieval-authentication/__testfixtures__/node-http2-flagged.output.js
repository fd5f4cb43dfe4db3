const http2 = require('node:http2');

function authenticationDetails(reference, basic) {
  return new Promise((resolve, reject) => {
    const client = http2.connect('https://netverify.com');
    // TODO(netverify-migrate): retrieval-authentication: legacy retrieval: a Node http2 request on a session bound to 'https://netverify.com' (http2.connect), which the codemod does not rewrite: connect to the KYX host instead, send the GET to the KYX path with authorization: Bearer from kyxAccessToken and read the KYX fields (see MIGRATION.md), or send the call with another client the codemod migrates; migrate by hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token
    const req = client.request({ ':path': `/api/netverify/v2/authentications/${reference}`, authorization: `Basic ${basic}` });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => { client.close(); resolve(JSON.parse(body)); });
    req.on('error', reject);
    req.end();
  });
}

module.exports = { authenticationDetails };
