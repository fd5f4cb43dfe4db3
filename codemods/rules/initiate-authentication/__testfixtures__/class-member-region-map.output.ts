// Face re-authentication client of a multi-region tenant: the API hosts are a private Map of the class.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export class FaceLoginClient {
  private readonly hosts = new Map<string, string>([
    ['US', 'https://netverify.com'],
    ['EU', 'https://lon.netverify.com'],
  ]);

  async start(region: string, enrollmentReference: string, userId: string): Promise<string> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentReference);
    const kyxOrigin = ({ 'https://netverify.com': 'https://account.amer-1.jumio.ai', 'https://lon.netverify.com': 'https://account.emea-1.jumio.ai' } as Record<string, string>)[new URL(`${this.hosts.get(region)}/api/authentication/v1/web/initiate`).origin];
    const response = await axios.put(
      `${kyxOrigin}/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
      { headers: { Authorization: `Bearer ${await kyxAccessToken(kyxOrigin)}` } },
    );
    return response.data.web.href;
  }
}
