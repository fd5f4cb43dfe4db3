// Redwater Lending: the loan-origination state machine's `FaceLoginBeforeFunding` state
// (`arn:aws:states:::sqs:sendMessage.waitForTaskToken`) puts { taskToken, input } on the face-login queue; this Lambda
// starts a Netverify face login for the borrower (US data centre) and answers the state machine with
// SendTaskSuccess — the next state texts faceLoginUrl to the borrower and waits for the callback — or with
// SendTaskFailure, which the state machine's Catch sends to the underwriters' manual queue.
import { SFNClient, SendTaskFailureCommand, SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import type { SQSEvent } from 'aws-lambda';
import { recordLoanFaceLogin } from './db.js';

const NETVERIFY_US = 'https://netverify.com';
const NV_BASIC =
  'Basic ' + Buffer.from(`${process.env.REDWATER_NV_TOKEN}:${process.env.REDWATER_NV_SECRET}`).toString('base64');
const BORROWER_SITE = 'https://borrow.redwaterlending.example';
const ORIGINATION_API = 'https://origination.redwaterlending.example';

const sfn = new SFNClient({});

interface FaceLoginTaskInput {
  loanId: string;
  borrowerNo: string;
  enrolmentScanRef: string;
  locale?: string;
}

interface TaskMessage {
  taskToken: string;
  input: FaceLoginTaskInput;
}

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const handler = async (event: SQSEvent): Promise<void> => {
  for (const record of event.Records) {
    const { taskToken, input } = JSON.parse(record.body) as TaskMessage;
    try {
      const res = await fetch(`${NETVERIFY_US}/api/authentication/v1/web/initiate`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'User-Agent': 'Redwater-Origination/5.2',
          Authorization: NV_BASIC,
        },
        body: JSON.stringify({
          enrollmentTransactionReference: input.enrolmentScanRef,
          userReference: input.borrowerNo,
          callbackUrl: `${ORIGINATION_API}/hooks/netverify/face-login`,
          successUrl: `${BORROWER_SITE}/loans/${input.loanId}/funding/verified`,
          errorUrl: `${BORROWER_SITE}/loans/${input.loanId}/funding/not-verified`,
          locale: input.locale ?? 'en-US',
          tokenLifetimeInMinutes: 1440,
        }),
      });
      if (!res.ok) {
        throw new Error(`Netverify initiate answered HTTP ${res.status}`);
      }
      const started = (await res.json()) as FaceLoginStarted;
      await recordLoanFaceLogin(input.loanId, started.transactionReference, started.timestamp);
      await sfn.send(
        new SendTaskSuccessCommand({
          taskToken,
          output: JSON.stringify({
            faceLoginUrl: started.redirectUrl,
            faceLoginReference: started.transactionReference,
            startedAt: started.timestamp,
          }),
        }),
      );
    } catch (err) {
      await sfn.send(new SendTaskFailureCommand({ taskToken, error: 'FaceLoginNotStarted', cause: String(err) }));
    }
  }
};
