// A multi-provider step-up: the Jumio branch calls the legacy initiate, the Onfido branch must stay as it is (US).
import axios from 'axios';

export type Provider = 'jumio' | 'onfido';

export async function startStepUp(provider: Provider, user: { id: string; jumioEnrollment: string; onfidoApplicant: string }) {
  switch (provider) {
    case 'jumio': {
      const { data } = await axios.post(
        'https://netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: user.jumioEnrollment, userReference: user.id },
        { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
      );
      return { redirectUrl: data.redirectUrl as string, reference: data.transactionReference as string };
    }
    case 'onfido': {
      const { data } = await axios.post(
        'https://api.eu.onfido.com/v3.6/workflow_runs',
        { workflow_id: process.env.ONFIDO_STEP_UP_WORKFLOW, applicant_id: user.onfidoApplicant },
        { headers: { Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}` } },
      );
      return { redirectUrl: data.link.url as string, reference: data.id as string };
    }
  }
}
