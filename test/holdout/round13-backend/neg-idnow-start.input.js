// IDnow: start an identification for a returning customer (login token header, company id in the path).
const axios = require('axios');

async function startIdnow(companyId, transactionId, loginToken) {
  const { data } = await axios.post(
    `https://gateway.idnow.de/api/v1/${companyId}/identifications/${transactionId}/start`,
    { successUrl: 'https://bank.acme.example/idnow/ok', errorUrl: 'https://bank.acme.example/idnow/error' },
    { headers: { 'X-API-LOGIN-TOKEN': loginToken } },
  );
  return { redirectUrl: data.redirectUrl, transactionReference: data.id };
}

module.exports = { startIdnow };
