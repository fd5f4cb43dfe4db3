// "netverify" is our internal network-verification service (it checks merchant bank accounts), not Jumio.
const axios = require('axios');

const NETVERIFY_SVC = process.env.NETVERIFY_SVC_URL || 'http://netverify-svc.payments.svc.cluster.local:8080';

async function verifyBankAccount(accountNumber, sortCode) {
  const { data: netverifyResponse } = await axios.post(`${NETVERIFY_SVC}/v2/verifications`, {
    accountNumber,
    sortCode,
    callbackUrl: 'http://ledger.payments.svc.cluster.local/callbacks/netverify',
  });
  return { redirectUrl: netverifyResponse.redirectUrl, transactionReference: netverifyResponse.transactionReference };
}

async function netverifyResult(transactionReference) {
  const { data } = await axios.get(`${NETVERIFY_SVC}/v2/verifications/${transactionReference}`);
  return data.transactionResult;
}

module.exports = { verifyBankAccount, netverifyResult };
