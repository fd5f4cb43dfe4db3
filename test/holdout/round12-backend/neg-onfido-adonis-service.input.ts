// Onfido Studio workflow runs from an AdonisJS 6 service (another vendor): workflow run link and id.
import { inject } from '@adonisjs/core';
import env from '#start/env';

@inject()
export default class OnfidoService {
  async startWorkflow(applicantId: string) {
    const res = await fetch('https://api.eu.onfido.com/v3.6/workflow_runs', {
      method: 'POST',
      headers: { Authorization: `Token token=${env.get('ONFIDO_API_TOKEN')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ workflow_id: env.get('ONFIDO_WORKFLOW_ID'), applicant_id: applicantId, link: { completed_redirect_url: 'https://app.acme.example/done' } }),
    });
    const run = (await res.json()) as { id: string; link: { url: string } };
    return { redirectUrl: run.link.url, transactionReference: run.id };
  }
}
