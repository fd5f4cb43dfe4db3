// Step-up check for high-value transfers (tsyringe). The bank runs one deployment per data centre: the container
// (src/container.ts) registers the deployment's 'JumioDataCentre' and the API user's pair as 'JumioCredentials', and
// this service asks the member to log in with their face before the transfer is released.
import 'reflect-metadata';
import { inject, injectable } from 'tsyringe';
import { saveFaceLogin } from './store.js';

export type DataCentre = 'US' | 'EU' | 'SG';

const NETVERIFY_API: Record<DataCentre, string> = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SG: 'https://core-sgp.jumio.com',
};

export interface JumioCredentials {
  apiToken: string;
  apiSecret: string;
}

interface StepUpStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface TransferForApproval {
  id: string;
  memberId: string;
  enrolmentReference: string;
  amountMinor: number;
}

@injectable()
export class TransferStepUpService {
  constructor(
    @inject('JumioDataCentre') private readonly dataCentre: DataCentre,
    @inject('JumioCredentials') private readonly credentials: JumioCredentials,
  ) {}

  /** Starts the face login and answers the URL the app opens for it. */
  async requireFaceLogin(transfer: TransferForApproval): Promise<string> {
    const res = await fetch(`${NETVERIFY_API[this.dataCentre]}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': 'Lakeshore Transfers/1.9',
        Authorization: `Basic ${Buffer.from(`${this.credentials.apiToken}:${this.credentials.apiSecret}`).toString('base64')}`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: transfer.enrolmentReference,
        userReference: transfer.memberId,
        successUrl: `https://online.lakeshore-bank.example/transfers/${transfer.id}/approved`,
        errorUrl: `https://online.lakeshore-bank.example/transfers/${transfer.id}/declined`,
        tokenLifetimeInMinutes: 5,
      }),
    });
    if (!res.ok) {
      throw new Error(`step-up for transfer ${transfer.id} could not start (${res.status})`);
    }
    const started = (await res.json()) as StepUpStarted;
    await saveFaceLogin(transfer.memberId, started.transactionReference);
    return started.redirectUrl;
  }

  /** Transfers under the threshold go through without a face login. */
  needsStepUp(transfer: TransferForApproval): boolean {
    return transfer.amountMinor >= 500_000;
  }
}
