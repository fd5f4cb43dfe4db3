// Face login of the US banking API (NestJS 10): the service calls Jumio through @nestjs/axios, the controller in the
// same module hands the link to the app.
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

export interface JumioAuthInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

@Injectable()
export class FaceLoginService {
  constructor(private readonly http: HttpService) {}

  async initiate(enrollmentReference: string, customerNumber: string): Promise<JumioAuthInitiateResponse> {
    const { data } = await firstValueFrom(
      this.http.post<JumioAuthInitiateResponse>(
        'https://www.netverify.com/api/authentication/v1/web/initiate',
        {
          enrollmentTransactionReference: enrollmentReference,
          userReference: customerNumber,
          successUrl: 'https://online.acme-bank.com/face-login/done',
          tokenLifetimeInMinutes: 15,
        },
        {
          auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': 'Acme Bank API/10.4' },
        },
      ),
    );
    return data;
  }
}

@Controller('face-login')
export class FaceLoginController {
  constructor(private readonly faceLogin: FaceLoginService) {}

  @Post()
  async start(@Body() body: { enrollmentReference: string; customerNumber: string }) {
    const started = await this.faceLogin.initiate(body.enrollmentReference, body.customerNumber);
    return { url: started.redirectUrl, reference: started.transactionReference };
  }
}
