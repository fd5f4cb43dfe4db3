// Face login of the banking API, already on the KYX platform (NestJS 10, @nestjs/axios): the OAuth2 token of the
// EU region, then the account update that starts workflow 9; the service keeps its own enrolment → account mapping.
import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { saveFaceLogin } from './store.js';

interface KyxAccountUpdate {
  timestamp: string;
  account: { id: string };
  web: { href: string; successUrl?: string; errorUrl?: string };
  workflowExecution: { id: string; credentials: { id: string; category: string }[] };
}

export interface KyxAccountStore {
  find(enrollmentRef: string): Promise<{ accountId: string; credentialId: string }>;
}

export interface Member {
  id: string;
  enrollmentRef: string;
  locale?: string;
}

@Injectable()
export class KyxFaceLoginService {
  constructor(
    private readonly http: HttpService,
    private readonly accounts: KyxAccountStore,
  ) {}

  private async token(): Promise<string> {
    const { data } = await this.http.axiosRef.post<{ access_token: string }>(
      'https://auth.emea-1.jumio.ai/oauth2/token',
      'grant_type=client_credentials',
      {
        auth: { username: process.env.KYX_CLIENT_ID ?? '', password: process.env.KYX_CLIENT_SECRET ?? '' },
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      },
    );
    return data.access_token;
  }

  async start(member: Member): Promise<{ url: string }> {
    const account = await this.accounts.find(member.enrollmentRef);
    const body = {
      customerInternalReference: member.id,
      userReference: member.id,
      workflowDefinition: { key: 9, credentials: [{ id: account.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: {
        successUrl: 'https://bank.acme.eu/face-login/complete',
        errorUrl: 'https://bank.acme.eu/face-login/failed',
        ...(member.locale ? { locale: member.locale } : {}),
      },
      tokenLifetime: '15m',
    };
    const { data } = await this.http.axiosRef.put<KyxAccountUpdate>(
      `https://account.emea-1.jumio.ai/api/v1/accounts/${account.accountId}`,
      body,
      { headers: { Accept: 'application/json', Authorization: `Bearer ${await this.token()}`, 'User-Agent': 'Acme Bank EU/6.0' } },
    );
    await saveFaceLogin(member.id, data.workflowExecution.id);
    return { url: data.web.href };
  }
}
