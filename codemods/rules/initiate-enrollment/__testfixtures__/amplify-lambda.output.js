const axios = require('axios');
const { kyxAccessToken } = require('./kyx-auth');

const headers = { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': 'Amplify KYC/1.0' };

// Amplify Lambda of the survey: headers spread, `auth` shorthand, then `const { data } = …; const { redirectUrl } = data`.
exports.handler = async (event) => {
  const { userId, redirectAddress } = JSON.parse(event.body);
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const response = await axios.post(
    'https://account.amer-1.jumio.ai/api/v1/accounts',
    {
      customerInternalReference: `kyc-${userId}`,
      userReference: userId,
      web: {
        successUrl: `${redirectAddress}/processingkyc/${userId}`,
        errorUrl: `${redirectAddress}/kycerror`,
      },
      workflowDefinition: { key: 3 },
    },
    { headers: { ...headers, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  const { data } = response;
  const { web: { href: redirectUrl } } = data;
  return { statusCode: 200, body: JSON.stringify({ redirectUrl }) };
};
