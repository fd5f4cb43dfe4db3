// The URL is a static readonly class property, read as ClassName.PROPERTY.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export class NetverifyAuthentication {
  static readonly INITIATE_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

  static async initiate(enrollmentTransactionReference: string) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
    const res = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, { customerInternalReference: enrollmentTransactionReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }, {
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
    });
    return res.data.web.href as string;
  }
}
