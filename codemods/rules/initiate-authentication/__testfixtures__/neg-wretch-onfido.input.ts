import wretch from 'wretch';

// Lookalike: a wretch instance with a base URL and a token header, posting a JSON body with the same chain for
// Onfido's workflow runs. Not Jumio: byte-identical.
const onfido = wretch('https://api.eu.onfido.com/v3.6').auth(`Token token=${process.env.ONFIDO_TOKEN}`);

export async function startWorkflow(applicantId: string) {
  const run = await onfido
    .url('/workflow_runs')
    .post({ workflow_id: process.env.ONFIDO_WORKFLOW, applicant_id: applicantId, link: { completed_redirect_url: 'https://app.example.com/done' } })
    .json<{ id: string; link: { url: string } }>();
  return { redirectUrl: run.link.url, transactionReference: run.id };
}
