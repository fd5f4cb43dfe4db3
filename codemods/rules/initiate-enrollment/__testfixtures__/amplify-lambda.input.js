const axios = require('axios');

const verifyAddress = 'https://netverify.com/api/v4/initiate';
const headers = { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': 'Amplify KYC/1.0' };
const auth = { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET };

// Amplify Lambda of the survey: headers spread, `auth` shorthand, then `const { data } = …; const { redirectUrl } = data`.
exports.handler = async (event) => {
  const { userId, redirectAddress } = JSON.parse(event.body);
  const response = await axios.post(
    verifyAddress,
    {
      customerInternalReference: `kyc-${userId}`,
      userReference: userId,
      successUrl: `${redirectAddress}/processingkyc/${userId}`,
      errorUrl: `${redirectAddress}/kycerror`,
      workflowId: 201,
    },
    { headers: { ...headers }, auth },
  );
  const { data } = response;
  const { redirectUrl } = data;
  return { statusCode: 200, body: JSON.stringify({ redirectUrl }) };
};
