import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { lastValueFrom, map } from 'rxjs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { KycCase } from './kyc-case.entity';

type V4InitiateResponse = { timestamp: string; redirectUrl: string; transactionReference: string };

@Injectable()
export class KycOnboardingService {
  constructor(
    private readonly http: HttpService,
    @InjectRepository(KycCase) private readonly cases: Repository<KycCase>,
  ) {}

  async open(customerId: string, country: string): Promise<string> {
    const kycCase = await this.cases.save(this.cases.create({ customerId, status: 'OPEN' }));
    const data = await lastValueFrom(
      this.http
        .post<V4InitiateResponse>(
          'https://lon.netverify.com/api/v4/initiate',
          {
            customerInternalReference: kycCase.id,
            userReference: customerId,
            workflowId: 200,
            presets: [{ index: 1, country, type: 'ID_CARD' }],
            callbackUrl: 'https://api.tandem.bank/kyc/jumio/callback',
          },
          {
            auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
            headers: { 'User-Agent': 'Tandem KYC/2.0' },
          },
        )
        .pipe(map((res) => res.data)),
    );
    kycCase.jumioScanReference = data.transactionReference;
    await this.cases.save(kycCase);
    return data.redirectUrl;
  }
}
