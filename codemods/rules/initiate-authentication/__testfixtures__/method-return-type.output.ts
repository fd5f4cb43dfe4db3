// A private method returns the response's body; its caller reads it. The method's declared return type names the
// legacy interface: it describes the migrated value too, so it moves to the KYX shape with the reads.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface LegacyStart {
  web: { href: string };
  workflowExecution: { id: string };
}

export class FaceAuthService {
  private async start(ref: string): Promise<LegacyStart> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(ref);
    return axios
      .put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: ref, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, {
        headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      })
      .then((r) => r.data);
  }

  async link(ref: string): Promise<string> {
    const s = await this.start(ref);
    return s.web.href;
  }
}
