import axios from 'axios';

const BASE = 'https://netverify.com/api/netverify/v2';
const auth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

export async function result(ref) {
  const { data } = await axios.get(`${BASE}/authentications/${ref}`, { auth });
  return data.transactionResult;
}
