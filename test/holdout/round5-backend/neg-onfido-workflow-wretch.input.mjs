import wretch from 'wretch';

const onfido = wretch('https://api.eu.onfido.com/v3.6')
  .auth(`Token token=${process.env.ONFIDO_API_TOKEN}`)
  .content('application/json');

// "initiate" an identity check: applicant + workflow run, then send the user to the hosted link
export async function initiateIdentityCheck(user) {
  const applicant = await onfido.url('/applicants').post({ first_name: user.firstName, last_name: user.lastName }).json();
  const run = await onfido
    .url('/workflow_runs')
    .post({
      workflow_id: process.env.ONFIDO_WORKFLOW_ID,
      applicant_id: applicant.id,
      link: { completed_redirect_url: 'https://app.example/kyc/done', expired_redirect_url: 'https://app.example/kyc/expired' },
      customer_user_id: user.id,
    })
    .json();
  return { redirectUrl: run.link.url, transactionReference: run.id, userReference: user.id };
}
