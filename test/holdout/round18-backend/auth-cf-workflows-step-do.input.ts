// Cloudflare Workflows (EU): the face login runs as a durable workflow. step.do() journals the Jumio initiate so a
// replay of the workflow does not start a second authentication; the link is then mailed and the callback (forwarded
// by the webhook Worker as a workflow event) awaited.
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from 'cloudflare:workers';
import { sendFaceLoginLink } from './mailer.js';

interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
}

interface Params {
  userId: string;
  email: string;
  enrollmentReference: string;
}

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class FaceLoginWorkflow extends WorkflowEntrypoint<Env, Params> {
  async run(event: WorkflowEvent<Params>, step: WorkflowStep) {
    const { userId, email, enrollmentReference } = event.payload;

    const session = await step.do('initiate face login', async () => {
      const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'User-Agent': 'Acme FaceLogin/4.2',
          Authorization: `Basic ${btoa(`${this.env.JUMIO_API_TOKEN}:${this.env.JUMIO_API_SECRET}`)}`,
        },
        body: JSON.stringify({
          enrollmentTransactionReference: enrollmentReference,
          userReference: userId,
          callbackUrl: 'https://api.acme.eu/hooks/face-login',
          successUrl: 'https://app.acme.eu/face-login/done',
          tokenLifetimeInMinutes: 20,
        }),
      });
      if (!res.ok) throw new Error(`Jumio initiate failed with ${res.status}`);
      return (await res.json()) as InitiateResponse;
    });

    await step.do('mail the link', async () => {
      await sendFaceLoginLink(email, session.redirectUrl, session.transactionReference);
    });

    const outcome = await step.waitForEvent<{ transactionResult: string }>('authentication callback', {
      type: `face-login-${session.transactionReference}`,
      timeout: '30 minutes',
    });
    return { userId, reference: session.transactionReference, passed: outcome.payload.transactionResult === 'PASSED' };
  }
}
