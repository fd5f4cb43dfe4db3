// Two initiates: one through the corporate egress proxy (an https-proxy-agent with the company's CA), one through a
// plain keep-alive agent. The first keeps its agent once migrated, but the KYX token request of the helper uses the
// global fetch, which takes no agent: an item says so. A keep-alive agent routes nothing: no item.
import axios from 'axios';
import { Agent } from 'node:https';
import { HttpsProxyAgent } from 'https-proxy-agent';

const egress = new HttpsProxyAgent(process.env.HTTPS_PROXY ?? 'http://egress.internal:3128');
const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 });
const auth = { username: process.env.NV_TOKEN ?? '', password: process.env.NV_SECRET ?? '' };

export async function startBehindProxy(enrollmentReference: string) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference }, { auth, httpsAgent: egress, proxy: false });
  return data.redirectUrl as string;
}

export async function startDirect(enrollmentReference: string) {
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollmentReference }, { auth, httpsAgent: keepAlive });
  return data.redirectUrl as string;
}
