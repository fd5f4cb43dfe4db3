const axios = require('axios');

async function getAuthRedirect(scanID, callbackBase) {
  const body = {
    "enrollmentTransactionReference": scanID,
    "successUrl": callbackBase + "/success",
    "errorUrl": callbackBase + "/error",
    "userReference": "user-" + scanID,
  };
  const result = await axios({
    url: 'https://netverify.com/api/v4/initiate',
    method: 'POST',
    data: JSON.stringify(body),
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic YWJjZGVmOmdoaWprbA==',
      'User-Agent': 'apigee-port/0.1',
    },
  });
  return result.data["redirectUrl"];
}

module.exports = { getAuthRedirect };
