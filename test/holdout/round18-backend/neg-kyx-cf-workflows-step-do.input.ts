// Already on KYX: the Cloudflare Workflows face login after the migration — an OAuth2 token, then a PUT on the
// account (workflow 9) inside step.do(); the step's output still names the link redirectUrl for the mailer.
import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from 'cloudflare:workers';
import { sendFaceLoginLink } from './mailer.js';

interface Env {
  KYX_CLIENT_ID: string;
  KYX_CLIENT_SECRET: string;
}

interface Params {
  userId: string;
  email: string;
  accountId: string;
  credentialId: string;
}

export class KyxFaceLoginWorkflow extends WorkflowEntrypoint<Env, Params> {
  async run(event: WorkflowEvent<Params>, step: WorkflowStep) {
    const { userId, email, accountId, credentialId } = event.payload;
    const token = await step.do('kyx token', async () => {
      const res = await fetch('https://auth.emea-1.jumio.ai/oauth2/token', {
        method: 'POST',
        headers: {
          Authorization: `Basic ${btoa(`${this.env.KYX_CLIENT_ID}:${this.env.KYX_CLIENT_SECRET}`)}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      return ((await res.json()) as { access_token: string }).access_token;
    });
    const started = await step.do('start workflow 9', async () => {
      const res = await fetch(`https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme FaceLogin/5.0' },
        body: JSON.stringify({
          customerInternalReference: userId,
          userReference: userId,
          workflowDefinition: { key: 9, credentials: [{ id: credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
          web: { successUrl: 'https://app.acme.eu/face-login/done' },
          tokenLifetime: '20m',
        }),
      });
      const body = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
      return { redirectUrl: body.web.href, transactionReference: body.workflowExecution.id };
    });
    await step.do('mail the link', async () => {
      await sendFaceLoginLink(email, started.redirectUrl, started.transactionReference);
    });
    return started;
  }
}
