import { Inject, Provide, Config } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface JumioInitiateResponse {
  web: { href: string };
  workflowExecution: { id: string };
}

@Provide()
export class FaceAuthService {
  // TODO(netverify-migrate): initiate-authentication: Midway's HttpService takes its defaults from the app's axios config (config.default.ts) (migrated calls pass auth: null, because axios sends an instance's auth instead of any Authorization header): remove legacy Jumio Basic credentials and a legacy baseURL from it once none of its calls goes to a legacy Jumio host
  @Inject()
  httpService!: HttpService;

  @Config('jumio')
  jumioConfig!: { apiToken: string; apiSecret: string };

  async start(enrollmentTransactionReference: string, userId: string) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentTransactionReference);
    const res = await this.httpService.put<JumioInitiateResponse>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      customerInternalReference: userId,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      userReference: userId,
    }, {
      headers: { 'User-Agent': 'Contoso Midway/1.0', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
      auth: null as never,
    });
    return { redirectUrl: res.data.web.href, reference: res.data.workflowExecution.id };
  }
}
