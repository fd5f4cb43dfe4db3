// Identity check step of the US account opening flow (Remix action, the global fetch). The applicant picks an ID
// card; Jumio's hosted page takes over from here.
import { redirect } from '@remix-run/node';
import { saveKycCase } from './store.js';

export async function action({ request }: { request: Request }) {
  const form = await request.formData();
  const applicationId = String(form.get('applicationId'));
  const applicantId = String(form.get('applicantId'));
  return fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'User-Agent': 'Acme Onboarding/4.0',
    },
    body: JSON.stringify({
      customerInternalReference: applicationId,
      userReference: applicantId,
      workflowId: 200,
      presets: [{ index: 1, country: 'USA', type: 'ID_CARD' }],
      successUrl: `https://open.acme.com/applications/${applicationId}/identity/done`,
      errorUrl: `https://open.acme.com/applications/${applicationId}/identity/error`,
    }),
  })
    .then((r) => r.json())
    .then(async ({ redirectUrl, transactionReference }) => {
      await saveKycCase(applicantId, transactionReference);
      return redirect(redirectUrl);
    });
}
