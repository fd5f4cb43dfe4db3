import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export class NetverifyFaceClient {
  async initiate(enrollment: string) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollment);
    const res = await axios.put(
      `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
      { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
    );
    return res.data.web.href as string;
  }
}
