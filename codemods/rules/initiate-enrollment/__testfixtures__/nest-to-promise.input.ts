import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

@Injectable()
export class KycService {
  constructor(private readonly httpService: HttpService) {}

  async open(customerId: string): Promise<string> {
    const response = await this.httpService
      .post('https://netverify.com/api/v4/initiate', { customerInternalReference: customerId, workflowId: 200 }, {
        auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
      })
      .toPromise();
    return response!.data.redirectUrl;
  }
}
