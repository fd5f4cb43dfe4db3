import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

interface AuthInitiateResponse {
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class JumioAuthenticationService {
  constructor(private readonly http: HttpService, private readonly config: ConfigService) {}

  async initiate(enrollmentTransactionReference: string, userReference: string) {
    const base = this.config.get<string>('JUMIO_BASE_URL', 'https://netverify.com');
    const { data } = await firstValueFrom(
      this.http.post<AuthInitiateResponse>(
        `${base}/api/authentication/v1/web/initiate`,
        { enrollmentTransactionReference, userReference },
        {
          auth: {
            username: this.config.getOrThrow<string>('JUMIO_API_TOKEN'),
            password: this.config.getOrThrow<string>('JUMIO_API_SECRET'),
          },
        },
      ),
    );
    return { redirectUrl: data.redirectUrl, reference: data.transactionReference };
  }
}
