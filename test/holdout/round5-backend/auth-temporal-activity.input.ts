// temporal/activities/face-auth.ts — activity of the StepUpWorkflow
import { Context } from '@temporalio/activity';
import { request } from 'undici';

export interface InitiateFaceAuthInput {
  enrollmentReference: string;
  userReference: string;
  dataCentre: 'US' | 'EU';
}

const ENDPOINTS: Record<'US' | 'EU', string> = {
  US: 'https://netverify.com/api/authentication/v1/web/initiate',
  EU: 'https://lon.netverify.com/api/authentication/v1/web/initiate',
};

export async function initiateFaceAuth(input: InitiateFaceAuthInput): Promise<{ redirectUrl: string; reference: string }> {
  Context.current().heartbeat('initiating');
  const { statusCode, body } = await request(ENDPOINTS[input.dataCentre], {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${process.env.JUMIO_BASIC_B64}`,
      'user-agent': 'Pinecrest StepUp/1.0',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: input.enrollmentReference,
      userReference: input.userReference,
      tokenLifetimeInMinutes: 1440,
    }),
  });
  if (statusCode >= 300) throw new Error(`initiate failed with ${statusCode}`);
  const data = (await body.json()) as { redirectUrl: string; transactionReference: string };
  return { redirectUrl: data.redirectUrl, reference: data.transactionReference };
}
