// @nestjs/bullmq processor (US): a WorkerHost that enrols through HttpService.
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { Job } from 'bullmq';

@Processor('kyc-onboarding')
export class OnboardingProcessor extends WorkerHost {
  constructor(private readonly http: HttpService) {
    super();
  }

  async process(job: Job<{ customerId: string }>): Promise<string> {
    const res = await firstValueFrom(
      this.http.post<{ redirectUrl: string; transactionReference: string }>(
        'https://netverify.com/api/v4/initiate',
        { customerInternalReference: job.data.customerId, userReference: job.data.customerId, workflowId: 101 },
        { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
      ),
    );
    await job.updateData({ ...job.data, scanReference: res.data.transactionReference });
    return res.data.redirectUrl;
  }
}
