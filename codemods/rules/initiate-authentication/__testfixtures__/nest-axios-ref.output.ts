// NestJS HttpService's axiosRef: the axios instance it wraps, called directly (promises, not Observables).
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface StartResponse {
  web: { href: string };
  workflowExecution: { id: string };
}

@Injectable()
export class FaceAuthService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentRef: string, userId: string): Promise<{ url: string; reference: string }> {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentRef);
    const res = await this.http.axiosRef.put<StartResponse>(
      `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
      { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
      { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
    );
    return { url: res.data.web.href, reference: res.data.workflowExecution.id };
  }
}
