// The reference is percent-encoded into the path: the KYX URL keeps the encoding, the account lookup gets the
// reference as it was stored (workflowExecution.id), not its encoded form.
const axios = require('axios');

const BASE = 'https://netverify.com/api/netverify/v2/authentications';

async function authenticationStatus(transactionReference) {
  const { data } = await axios.get(`${BASE}/${encodeURIComponent(transactionReference)}`, {
    auth: { username: process.env.NETVERIFY_TOKEN, password: process.env.NETVERIFY_SECRET },
  });
  return data.transactionResult;
}

const statusOf = (reference) =>
  axios.get(`https://netverify.com/api/netverify/v2/authentications/${encodeURI(reference)}`, {
    auth: { username: process.env.NETVERIFY_TOKEN, password: process.env.NETVERIFY_SECRET },
  });

module.exports = { authenticationStatus, statusOf };
