// Cloudflare Workflows: step.do() journals what its function returns and resolves with it (as Inngest's step.run
// does), so the reads of `session` after the step are reads of the initiate response; the file imports
// cloudflare:workers, so it runs on Workers and gets the nodejs_compat item (hold-out round 18, auth-cf-workflows-step-do).
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from 'cloudflare:workers';

interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
}

interface InitiateResponse {
  redirectUrl: string;
  transactionReference: string;
}

declare function mailLink(url: string, reference: string): Promise<void>;

export class FaceLoginWorkflow extends WorkflowEntrypoint<Env, { enrollmentReference: string }> {
  async run(event: WorkflowEvent<{ enrollmentReference: string }>, step: WorkflowStep) {
    const session = await step.do('initiate', { retries: { limit: 0 } }, async () => {
      const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${this.env.JUMIO_API_TOKEN}:${this.env.JUMIO_API_SECRET}`)}` },
        body: JSON.stringify({ enrollmentTransactionReference: event.payload.enrollmentReference }),
      });
      return (await res.json()) as InitiateResponse;
    });
    await step.do('mail', async () => mailLink(session.redirectUrl, session.transactionReference));
    return session.transactionReference;
  }
}
