// NestJS microservice (TCP transport): a @MessagePattern handler; HttpService through lastValueFrom (EU).
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HttpService } from '@nestjs/axios';
import { lastValueFrom } from 'rxjs';

interface StartFaceLogin {
  enrollmentReference: string;
  userId: string;
}

@Controller()
export class FaceLoginHandler {
  constructor(private readonly http: HttpService) {}

  @MessagePattern('face-login.start')
  async start(@Payload() msg: StartFaceLogin) {
    const response = await lastValueFrom(
      this.http.post(
        'https://lon.netverify.com/api/authentication/v1/web/initiate',
        {
          enrollmentTransactionReference: msg.enrollmentReference,
          userReference: msg.userId,
          errorUrl: 'https://app.acme-bank.example/face-login/error',
        },
        {
          auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
          headers: { 'User-Agent': 'Acme Bank EU/11.2' },
        },
      ),
    );
    return { redirect: response.data.redirectUrl, reference: response.data.transactionReference };
  }
}
