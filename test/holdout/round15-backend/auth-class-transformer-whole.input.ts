// NestJS service (US): the response is turned into a DTO with class-transformer and returned whole to the controller.
import { Injectable } from '@nestjs/common';
import { plainToInstance, Expose } from 'class-transformer';
import axios from 'axios';

export class FaceLoginSession {
  @Expose() redirectUrl!: string;
  @Expose() transactionReference!: string;
  @Expose() timestamp!: string;
}

@Injectable()
export class FaceLoginService {
  async start(enrollment: string, userId: string): Promise<FaceLoginSession> {
    const res = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollment,
      userReference: userId,
    }, { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } });
    return plainToInstance(FaceLoginSession, res.data, { excludeExtraneousValues: true });
  }
}
