// Two retrievals of one file share the const that builds the Basic header: once both are migrated nothing reads it.
const axios = require('axios');

const BASE = 'https://netverify.com/api/netverify/v2/authentications';
const basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

async function getResult(ref) {
  const { data } = await axios.get(`${BASE}/${ref}`, { headers: { Authorization: `Basic ${basic}` } });
  return data.transactionReference;
}

async function getUser(ref) {
  const res = await axios.get(`${BASE}/${ref}`, { headers: { Authorization: `Basic ${basic}` } });
  return res.data.userReference;
}

module.exports = { getResult, getUser };
