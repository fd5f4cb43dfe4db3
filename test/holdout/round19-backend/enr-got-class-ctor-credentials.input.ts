// KYC service of the lending API (TypeScript, got). Credentials are handed in by the composition root; the endpoint
// is fixed by contract (EU data centre).
import got from 'got';
import type { IdvInitiateResponse } from './jumio-types.js';
import { saveKycCase } from './store.js';

export interface JumioCredentials {
  apiToken: string;
  apiSecret: string;
}

export class KycService {
  private static readonly INITIATE_URL = 'https://lon.netverify.com/api/v4/initiate';

  constructor(
    private readonly credentials: JumioCredentials,
    private readonly publicUrl: string,
  ) {}

  async openCase(applicantId: string, loanId: string, country: string): Promise<string> {
    const started = await got
      .post(KycService.INITIATE_URL, {
        json: {
          customerInternalReference: loanId,
          userReference: applicantId,
          reportingCriteria: 'consumer-loans',
          workflowId: 101,
          presets: [{ index: 1, country, type: 'PASSPORT' }],
          successUrl: `${this.publicUrl}/kyc/thanks`,
          locale: 'en-GB',
        },
        username: this.credentials.apiToken,
        password: this.credentials.apiSecret,
        headers: { 'User-Agent': 'Acme Lending/4.0' },
      })
      .json<IdvInitiateResponse>();
    await saveKycCase(loanId, started.transactionReference);
    return started.redirectUrl;
  }
}
