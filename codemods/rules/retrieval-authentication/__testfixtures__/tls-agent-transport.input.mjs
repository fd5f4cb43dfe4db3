// The retrieval goes out with the company's private CA in its own agent: the KYX token request of the helper uses the
// global fetch, which does not take it (an item).
import axios from 'axios';
import { readFileSync } from 'node:fs';
import https from 'node:https';

const tlsAgent = new https.Agent({ ca: readFileSync('/etc/ssl/company-root.pem') });

export async function faceLoginResult(reference) {
  const { data } = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET },
    httpsAgent: tlsAgent,
  });
  return data.transactionResult;
}
