import axios from 'axios';

const JUMIO = {
  auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  headers: { 'User-Agent': 'Beacon/5.0' },
};

// The spread defaults carry `auth`: axios would send it instead of a Bearer header.
export async function authenticationResult(reference) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, { ...JUMIO, timeout: 5000 });
  return data.transactionResult;
}

// A spread without credentials or headers is fine.
const TIMEOUTS = { timeout: 5000 };
export async function authenticationUser(reference) {
  const { data } = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    ...TIMEOUTS,
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data.userReference;
}
