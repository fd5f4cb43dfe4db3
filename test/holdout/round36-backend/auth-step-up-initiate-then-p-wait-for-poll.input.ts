// Step-up for large transfers (EU data centre): TransferStepUpService starts the member's face login, and the transfer
// worker then waits for its result with p-wait-for, polling the retrieval every 4 s for up to five minutes, before the
// transfer is released or cancelled. Both calls share the data centre's host and the API user's credentials.
import axios from 'axios';
import pWaitFor from 'p-wait-for';
import { saveFaceLogin } from './store.js';

const NETVERIFY = 'https://lon.netverify.com';
const API_USER = {
  username: process.env.NETVERIFY_API_TOKEN ?? '',
  password: process.env.NETVERIFY_API_SECRET ?? '',
};

interface StepUpStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface StepUpDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export type StepUpDecision = StepUpDetails['transactionResult'];

export interface TransferStepUp {
  transferId: string;
  memberId: string;
  enrolmentReference: string;
  locale: string;
}

export class TransferStepUpService {
  constructor(private readonly appUrl: string) {}

  async begin(stepUp: TransferStepUp): Promise<{ redirectTo: string; reference: string }> {
    const { data } = await axios.post<StepUpStart>(
      `${NETVERIFY}/api/authentication/v1/web/initiate`,
      {
        enrollmentTransactionReference: stepUp.enrolmentReference,
        userReference: stepUp.memberId,
        successUrl: `${this.appUrl}/transfers/${stepUp.transferId}/verified`,
        errorUrl: `${this.appUrl}/transfers/${stepUp.transferId}/not-verified`,
        callbackUrl: `${this.appUrl}/hooks/identity/step-up`,
        tokenLifetimeInMinutes: 20,
        locale: stepUp.locale,
      },
      { auth: API_USER, headers: { Accept: 'application/json', 'User-Agent': 'Northwind Transfers/7.1' } },
    );
    await saveFaceLogin(stepUp.memberId, data.transactionReference);
    return { redirectTo: data.redirectUrl, reference: data.transactionReference };
  }

  async awaitDecision(reference: string): Promise<StepUpDecision> {
    let decision: StepUpDecision = 'CREATED';
    await pWaitFor(
      async () => {
        const { data } = await axios.get<StepUpDetails>(`${NETVERIFY}/api/netverify/v2/authentications/${reference}`, {
          auth: API_USER,
          headers: { Accept: 'application/json', 'User-Agent': 'Northwind Transfers/7.1' },
        });
        decision = data.transactionResult;
        return decision !== 'CREATED' && decision !== 'STARTED';
      },
      {
        interval: 4_000,
        before: false,
        timeout: { milliseconds: 5 * 60_000, message: `step-up ${reference} undecided after five minutes` },
      },
    );
    return decision;
  }
}
