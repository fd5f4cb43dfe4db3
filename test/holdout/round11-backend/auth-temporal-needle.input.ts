// Temporal activity: needle's promise API with json: true and Basic credentials (SGP).
import needle from 'needle';
import { Context } from '@temporalio/activity';

export interface StartFaceAuthInput {
  userId: string;
  enrollment: string;
  locale: string;
}

export async function startFaceAuth(input: StartFaceAuthInput): Promise<{ url: string; reference: string }> {
  Context.current().heartbeat('initiating');
  const resp = await needle(
    'post',
    'https://core-sgp.jumio.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: input.enrollment, userReference: input.userId, locale: input.locale },
    { json: true, username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET, auth: 'basic', user_agent: 'Acme Remit/1.9' },
  );
  if (resp.statusCode !== 200) throw new Error(`initiate failed ${resp.statusCode}`);
  return { url: resp.body.redirectUrl, reference: resp.body.transactionReference };
}
