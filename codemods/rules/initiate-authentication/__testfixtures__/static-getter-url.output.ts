// A static getter returns the initiate URL.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export class FaceCheck {
  static get ENDPOINT(): string {
    return 'https://netverify.com/api/authentication/v1/web/initiate';
  }

  static async start(enrollment: string, user: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollment);
    const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: user, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: user }, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    });
    return data.web.href;
  }
}
