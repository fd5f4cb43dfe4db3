// Wreck.request through a Wreck.defaults() instance whose base and Basic header its other calls still use: the
// migrated call keeps the instance, with the absolute KYX URL and its own Bearer header (@hapi/wreck merges the
// call's headers over the instance's and ignores baseUrl for an absolute URL).
import Wreck from '@hapi/wreck';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// TODO(netverify-migrate): initiate-authentication: this Wreck.defaults() instance still carries the legacy Basic credentials (migrated calls override the Authorization header); remove them once none of its calls goes to a legacy Jumio host
const jumio = Wreck.defaults({
  baseUrl: 'https://lon.netverify.com',
  headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64') },
});

interface InitiateResponse {
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startAuthentication(enrollment: string, user: string) {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const res = await jumio.request('PUT', `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    payload: { customerInternalReference: user, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user },
    headers: { 'User-Agent': 'Acme/1.0', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
  });
  const body = await Wreck.read<InitiateResponse>(res, { json: true });
  return { url: body.web.href, ref: body.workflowExecution.id };
}

export async function scanImages(scanReference: string) {
  const { payload } = await jumio.get<unknown>(`/api/netverify/v2/scans/${scanReference}/images`, { json: true });
  return payload;
}
