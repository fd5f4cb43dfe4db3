import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class OnfidoService {
  constructor(private readonly http: HttpService) {}

  async startWorkflow(applicantId: string, userReference: string) {
    const { data } = await firstValueFrom(
      this.http.post<{ id: string; link: { url: string } }>(
        'https://api.eu.onfido.com/v3.6/workflow_runs',
        { workflow_id: process.env.ONFIDO_WORKFLOW_ID, applicant_id: applicantId, link: { completed_redirect_url: 'https://app.example.com/kyc/done' }, tags: [userReference] },
        { headers: { Authorization: `Token token=${process.env.ONFIDO_API_TOKEN}` } },
      ),
    );
    return { redirectUrl: data.link.url, transactionReference: data.id };
  }
}
