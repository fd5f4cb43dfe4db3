import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
import { lastValueFrom, map } from 'rxjs';

interface NetverifyAuthResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface FaceLoginSession {
  url: string;
  reference: string;
}

@Injectable()
export class FaceLoginService {
  private readonly logger = new Logger(FaceLoginService.name);

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  async start(enrollmentReference: string, userId: string): Promise<FaceLoginSession> {
    const body = {
      enrollmentTransactionReference: enrollmentReference,
      userReference: userId,
      callbackUrl: `${this.config.get<string>('PUBLIC_API_URL')}/netverify/callback`,
      successUrl: `${this.config.get<string>('APP_URL')}/login/face/done`,
      errorUrl: `${this.config.get<string>('APP_URL')}/login/face/failed`,
      tokenLifetimeInMinutes: 20,
    };
    const result = await lastValueFrom(
      this.http
        .post<NetverifyAuthResponse>('https://lon.netverify.com/api/authentication/v1/web/initiate', body, {
          auth: {
            username: this.config.getOrThrow<string>('NETVERIFY_API_TOKEN'),
            password: this.config.getOrThrow<string>('NETVERIFY_API_SECRET'),
          },
          headers: { Accept: 'application/json', 'User-Agent': 'Brightbank FaceLogin/3.2' },
        })
        .pipe(map((response) => response.data)),
    );
    this.logger.log(`face login started: ${result.transactionReference}`);
    return { url: result.redirectUrl, reference: result.transactionReference };
  }
}
