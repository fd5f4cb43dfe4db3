import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

// Constructor parameter properties that only held the legacy credentials: removing them would change the class's
// constructor (callers pass them), so they stay and are flagged; one still read elsewhere is not.
export class FaceLogin {
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property apiToken fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and the argument its callers pass
  // TODO(netverify-migrate): initiate-authentication: the constructor parameter property apiSecret fed only the legacy URL or Basic credentials and is no longer read (noUnusedLocals reports it): remove it and the argument its callers pass
  constructor(private readonly apiToken: string, private readonly apiSecret: string, private readonly userAgent: string) {}

  async begin(enrollmentTransactionReference: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
    const res = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, {
      headers: { 'User-Agent': this.userAgent, Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    });
    return res.data.web.href;
  }

  describe(): string {
    return `FaceLogin as ${this.userAgent}`;
  }
}
