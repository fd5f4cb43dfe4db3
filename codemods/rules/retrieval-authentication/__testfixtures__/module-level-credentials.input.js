// The Basic credentials are a module-level constant read only by the retrieval call: dead after the migration
// (and still reading the legacy secrets), so removed; an exported one would stay.
import axios from 'axios';

const auth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };
export const legacyAuth = { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET };

export async function authResult(ref) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth });
  return data.workflow;
}

export async function otherResult(ref) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { auth: legacyAuth });
  return data.workflow;
}
