// Cloudflare Workflows: step.do() journals what its function returns and resolves with it (as Inngest's step.run
// does), so the reads of `session` after the step are reads of the initiate response; the file imports
// cloudflare:workers, so it runs on Workers and gets the nodejs_compat item (hold-out round 18, auth-cf-workflows-step-do).
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from 'cloudflare:workers';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
}

interface InitiateResponse {
  web: { href: string };
  workflowExecution: { id: string };
}

declare function mailLink(url: string, reference: string): Promise<void>;

export class FaceLoginWorkflow extends WorkflowEntrypoint<Env, { enrollmentReference: string }> {
  async run(event: WorkflowEvent<{ enrollmentReference: string }>, step: WorkflowStep) {
    const session = await step.do('initiate', { retries: { limit: 0 } }, async () => {
      // TODO(netverify-migrate): initiate-authentication: this runs on Cloudflare Workers: kyx-auth.ts reads KYX_CLIENT_ID / KYX_CLIENT_SECRET from process.env and uses Buffer — enable the nodejs_compat compatibility flag (process.env holds the vars and secrets from compatibility date 2025-04-01) and set both as secrets, or pass them from env by hand
      // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
      const kyxAccount = await resolveKyxAccount(event.payload.enrollmentReference);
      const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
        body: JSON.stringify({ customerInternalReference: event.payload.enrollmentReference, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
      });
      return (await res.json()) as InitiateResponse;
    });
    await step.do('mail', async () => mailLink(session.web.href, session.workflowExecution.id));
    return session.workflowExecution.id;
  }
}
