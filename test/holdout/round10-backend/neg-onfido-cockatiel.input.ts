// Onfido Studio workflow run behind a cockatiel policy (the EU region of Onfido).
import axios from 'axios';
import { ConsecutiveBreaker, circuitBreaker, handleAll } from 'cockatiel';

const breaker = circuitBreaker(handleAll, { halfOpenAfter: 10_000, breaker: new ConsecutiveBreaker(3) });

export async function startOnfidoRun(applicantId: string, userId: string) {
  const { data } = await breaker.execute(() =>
    axios.post(
      'https://api.eu.onfido.com/v3.6/workflow_runs',
      {
        workflow_id: process.env.ONFIDO_WORKFLOW_ID,
        applicant_id: applicantId,
        link: { completed_redirect_url: 'https://app.acme.example/kyc/done', expired_redirect_url: 'https://app.acme.example/kyc/expired' },
        customer_user_id: userId,
      },
      { headers: { Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}` } },
    ),
  );
  return { redirectUrl: data.link.url, transactionReference: data.id };
}
