// Node https.request on the v4 initiate (an enrolment: no enrollmentTransactionReference), with a port and the
// chunks joined by Buffer.concat; POST stays POST (KYX account create).
const https = require('https');
const { kyxAccessToken } = require('./kyx-auth');

module.exports.createVerification = async function createVerification(customerId) {
  const kyxToken = await kyxAccessToken('amer-1');
  const data = JSON.stringify({
    customerInternalReference: customerId,
    userReference: customerId,
    web: { locale: 'en' },
    callbackUrl: 'https://api.example.com/hooks/jumio',
    workflowDefinition: { key: 3 },
  });
  const options = {
    host: 'account.amer-1.jumio.ai',
    port: 443,
    path: '/api/v1/accounts',
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Example Onboarding/3.0',
      Authorization: `Bearer ${kyxToken}`,
    },
  };
  return new Promise((resolve, reject) => {
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    // TODO(netverify-migrate): initiate-enrollment: its callbackUrl now receives KYX callbacks: application/json with workflowExecution { id, href, status } and account { id, href }, no verification result or images (GET the workflow details for them) — the handler behind that URL (legacy form fields such as verificationStatus, jumioIdScanReference) must change with this call (see MIGRATION.md)
    const req = https.request(options, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks));
          resolve({ url: body.web.href, scan: body.workflowExecution.id });
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on('error', reject);
    req.write(data);
    req.end();
  });
};
