// Redwater Lending (business loans): the same `FaceLoginBeforeFunding` task-token state for the business-loan state
// machine, already on KYX since the 2023 re-enrolment: an authentication (workflow 9) on the guarantor's KYX account,
// with the firm's own client-credentials token module. SendTaskSuccess hands the next state the web link and the
// workflow execution id; SendTaskFailure goes to the underwriters' manual queue.
import { SFNClient, SendTaskFailureCommand, SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import type { SQSEvent } from 'aws-lambda';
import { findGuarantorKyxAccount, recordLoanFaceLogin } from './db.js';
import { kyxToken } from './kyx-client-credentials.js';

const KYX_ACCOUNTS_US = 'https://account.amer-1.jumio.ai/api/v1/accounts/';
const BORROWER_SITE = 'https://business.redwaterlending.example';

const sfn = new SFNClient({});

interface FaceLoginTaskInput {
  loanId: string;
  guarantorNo: string;
  locale?: string;
}

interface TaskMessage {
  taskToken: string;
  input: FaceLoginTaskInput;
}

interface KyxAuthenticationStarted {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

export const handler = async (event: SQSEvent): Promise<void> => {
  for (const record of event.Records) {
    const { taskToken, input } = JSON.parse(record.body) as TaskMessage;
    try {
      const account = await findGuarantorKyxAccount(input.guarantorNo);
      const res = await fetch(KYX_ACCOUNTS_US + account.accountId, {
        method: 'PUT',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'User-Agent': 'Redwater-BusinessOrigination/2.0',
          Authorization: `Bearer ${await kyxToken('amer-1')}`,
        },
        body: JSON.stringify({
          customerInternalReference: input.guarantorNo,
          userReference: input.guarantorNo,
          workflowDefinition: { key: 9, credentials: [{ id: account.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
          web: {
            successUrl: `${BORROWER_SITE}/loans/${input.loanId}/funding/verified`,
            errorUrl: `${BORROWER_SITE}/loans/${input.loanId}/funding/not-verified`,
            locale: input.locale ?? 'en-US',
          },
          tokenLifetime: '1d',
        }),
      });
      if (!res.ok) {
        throw new Error(`KYX account update answered HTTP ${res.status}`);
      }
      const started = (await res.json()) as KyxAuthenticationStarted;
      await recordLoanFaceLogin(input.loanId, started.workflowExecution.id, started.timestamp);
      await sfn.send(
        new SendTaskSuccessCommand({
          taskToken,
          output: JSON.stringify({
            faceLoginUrl: started.web.href,
            faceLoginReference: started.workflowExecution.id,
            startedAt: started.timestamp,
          }),
        }),
      );
    } catch (err) {
      await sfn.send(new SendTaskFailureCommand({ taskToken, error: 'FaceLoginNotStarted', cause: String(err) }));
    }
  }
};
