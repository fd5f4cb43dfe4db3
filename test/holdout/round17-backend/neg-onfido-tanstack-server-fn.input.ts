// Lookalike: Onfido Studio through a TanStack Start server function; the workflow run's link returned under names the
// legacy Jumio response also used (the app's own contract).
import { createServerFn } from '@tanstack/react-start';

interface StartInput {
  applicantId: string;
}

export const startOnfidoRun = createServerFn({ method: 'POST' })
  .validator((input: StartInput) => input)
  .handler(async ({ data }) => {
    const res = await fetch('https://api.eu.onfido.com/v3.6/workflow_runs', {
      method: 'POST',
      headers: {
        Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        workflow_id: process.env.ONFIDO_WORKFLOW_ID,
        applicant_id: data.applicantId,
        link: { completed_redirect_url: 'https://acme.eu/kyc/done', expired_redirect_url: 'https://acme.eu/kyc/expired' },
      }),
    });
    if (!res.ok) throw new Error(`Onfido run failed (${res.status})`);
    const run = (await res.json()) as { id: string; link: { url: string } };
    return { redirectUrl: run.link.url, transactionReference: run.id };
  });
