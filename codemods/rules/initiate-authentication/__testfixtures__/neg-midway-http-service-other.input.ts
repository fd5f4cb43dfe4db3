import { Inject, Provide } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';

// A payments provider called through Midway's HttpService: same path words and response fields.
@Provide()
export class PaymentService {
  @Inject()
  httpService: HttpService;

  async start(orderId: string) {
    const res = await this.httpService.post('https://api.payflow.example/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: orderId,
    }, { auth: { username: 'shop', password: process.env.PAYFLOW_KEY! } });
    return res.data.redirectUrl;
  }
}
