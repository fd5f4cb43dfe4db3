// Two reads of a payment provider's authentication records sharing one Basic const: not Jumio, left as it is.
const axios = require('axios');

const BASE = 'https://api.psp.example.com/api/netverify/v2/authentications';
const basic = Buffer.from(`${process.env.PSP_KEY}:${process.env.PSP_SECRET}`).toString('base64');

async function getResult(ref) {
  const { data } = await axios.get(`${BASE}/${ref}`, { headers: { Authorization: `Basic ${basic}` } });
  return data.transactionReference;
}

async function getUser(ref) {
  const res = await axios.get(`${BASE}/${ref}`, { headers: { Authorization: `Basic ${basic}` } });
  return res.data.userReference;
}

module.exports = { getResult, getUser };
