// KYC provider of the remittance app (a TypeScript class holding its own axios instance for the SG data centre).
import axios from 'axios';
import { saveKycCase } from './store.js';

interface V4Initiated {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface Remitter {
  id: string;
  caseNumber: string;
}

export class JumioKycProvider {
  private readonly http = axios.create({
    baseURL: 'https://core-sgp.jumio.com/api/v4',
    auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    headers: { Accept: 'application/json', 'User-Agent': 'Acme Remit SG/4.4' },
  });

  async startVerification(remitter: Remitter): Promise<{ link: string; scanReference: string }> {
    const body = {
      customerInternalReference: remitter.caseNumber,
      userReference: remitter.id,
      workflowId: 101,
      presets: [{ index: 1, country: 'SGP', type: 'ID_CARD' }],
      successUrl: 'https://remit.acme.sg/kyc/submitted',
      errorUrl: 'https://remit.acme.sg/kyc/retry',
    };
    const { data } = await this.http.post<V4Initiated>('/initiate', body);
    await saveKycCase(remitter.id, data.transactionReference);
    return { link: data.redirectUrl, scanReference: data.transactionReference };
  }
}
