import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const JUMIO_BASE_URL = 'https://lon.netverify.com/api/authentication/v1';

interface StartResult {
  redirect: string;
  ref: string;
}

@Injectable()
export class JumioAuthenticationService {
  constructor(private readonly http: HttpService) {}

  async start(enrollmentRef: string, userId: string): Promise<StartResult> {
    const credentials = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');
    const response = await firstValueFrom(
      this.http.post(
        `${JUMIO_BASE_URL}/web/initiate`,
        { enrollmentTransactionReference: enrollmentRef, userReference: userId },
        { headers: { Authorization: `Basic ${credentials}`, 'User-Agent': 'Acme/1.0' } },
      ),
    );
    const body = response.data as { redirectUrl: string; transactionReference: string; timestamp: string };
    return { redirect: body.redirectUrl, ref: body.transactionReference };
  }
}
