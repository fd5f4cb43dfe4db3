// NestJS HttpService's axiosRef held in a const of the method: the same axios instance, axios's promises.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface InitiateResponse {
  web: { href: string };
  workflowExecution: { id: string };
}

@Injectable()
export class FaceLoginService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentRef: string, userId: string): Promise<{ url: string; ref: string }> {
    const client = this.http.axiosRef;
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentRef);
    const { data } = await client.put<InitiateResponse>(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
      { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } });
    return { url: data.web.href, ref: data.workflowExecution.id };
  }
}
