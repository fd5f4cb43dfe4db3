import { Inject, Service } from 'typedi';
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

@Service()
export class FaceLoginService {
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property basic fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and its injection binding, if nothing else uses it
  constructor(@Inject('jumio.basic') private readonly basic: string) {}

  async start(enrollmentRef: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentRef);
    const res = await axios.put(
      `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: enrollmentRef, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
      { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
    );
    return res.data.web.href;
  }
}
