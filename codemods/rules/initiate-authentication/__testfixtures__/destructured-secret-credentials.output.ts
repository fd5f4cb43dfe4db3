import axios from 'axios';
import { getSecret } from './secrets';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export async function startFaceAuthentication(enrollmentReference: string) {
  // TODO(netverify-migrate): initiate-authentication: token, secret fed only the legacy Basic credentials and are no longer read (noUnusedLocals reports them): remove them, and what computes them if nothing else needs it
  const { token, secret } = await getSecret('jumio');
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const response = await axios.put(
    `https://account.apac-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('apac-1')}` } },
  );
  return response.data.web.href as string;
}
