import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';

interface AuthenticationDetails {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  scanSource: 'SDK' | 'WEB';
  userReference?: string;
}

export type StepUpOutcome = 'approved' | 'declined' | 'pending' | 'expired';

@Injectable()
export class StepUpStatusService {
  private readonly logger = new Logger(StepUpStatusService.name);

  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  async outcome(reference: string): Promise<StepUpOutcome> {
    const base = this.config.get<string>('JUMIO_BASE_URL', 'https://netverify.com');
    const response = await firstValueFrom(
      this.http.get<AuthenticationDetails>(`${base}/api/netverify/v2/authentications/${reference}`, {
        auth: { username: this.config.get('JUMIO_TOKEN')!, password: this.config.get('JUMIO_SECRET')! },
      }),
    );
    const details = response.data;
    this.logger.debug(`authentication ${details.transactionReference} is ${details.transactionResult}`);
    switch (details.transactionResult) {
      case 'PASSED':
        return 'approved';
      case 'FAILED':
      case 'INVALID':
        return 'declined';
      case 'EXPIRED':
        return 'expired';
      default:
        return 'pending';
    }
  }
}
