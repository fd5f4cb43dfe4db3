// The answer is kept on the instance and read by the class's other methods.
import ky from 'ky';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

export interface Started {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export class StepUp {
  session?: Started;

  constructor(private readonly enrollmentReference: string) {}

  async open(): Promise<void> {
    // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(this.enrollmentReference);
    this.session = await ky
      .put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
        json: { customerInternalReference: 'u-1', workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: 'u-1' },
        headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
        retry: { limit: 0 },
      })
      .json<Started>();
  }

  link(): string | undefined {
    return this.session?.web?.href;
  }

  reference = (): string => this.session!.workflowExecution.id;
}
