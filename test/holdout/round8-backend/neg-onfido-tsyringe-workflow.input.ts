// Onfido Studio workflow runs (second KYC vendor for the UK market), tsyringe service.
import { injectable } from 'tsyringe';
import axios from 'axios';

interface WorkflowRun {
  id: string;
  status: string;
  link: { url: string; completed_redirect_url?: string };
}

@injectable()
export class OnfidoWorkflowService {
  private readonly http = axios.create({
    baseURL: 'https://api.eu.onfido.com/v3.6',
    headers: { Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}` },
  });

  async start(applicantId: string, redirectUrl: string): Promise<{ redirectUrl: string; transactionReference: string }> {
    const { data } = await this.http.post<WorkflowRun>('/workflow_runs', {
      workflow_id: process.env.ONFIDO_WORKFLOW_ID,
      applicant_id: applicantId,
      link: { completed_redirect_url: redirectUrl, expired_redirect_url: redirectUrl },
    });
    return { redirectUrl: data.link.url, transactionReference: data.id };
  }
}
