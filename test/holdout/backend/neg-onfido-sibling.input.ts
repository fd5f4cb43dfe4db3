import axios from 'axios';

type Provider = 'onfido' | 'veriff';

export async function startCheck(provider: Provider, applicantId: string) {
  switch (provider) {
    case 'onfido': {
      const r = await axios.post('https://api.onfido.com/v3.6/workflow_runs', { applicant_id: applicantId });
      return { redirectUrl: r.data.link.url, transactionReference: r.data.id };
    }
    case 'veriff': {
      const r = await axios.post('https://stationapi.veriff.com/v1/sessions', { verification: { vendorData: applicantId } });
      return { redirectUrl: r.data.verification.url, transactionReference: r.data.verification.id };
    }
  }
}
