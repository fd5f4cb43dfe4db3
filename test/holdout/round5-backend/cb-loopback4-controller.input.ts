import { post, requestBody } from '@loopback/rest';
import { repository } from '@loopback/repository';
import { FaceAuthRepository } from '../repositories';

interface LegacyAuthCallback {
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: string;
  callBackType: string;
  userReference?: string;
}

export class JumioCallbackController {
  constructor(@repository(FaceAuthRepository) private faceAuths: FaceAuthRepository) {}

  @post('/jumio/callback')
  async receive(
    @requestBody({
      content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } },
    })
    form: LegacyAuthCallback,
  ): Promise<void> {
    await this.faceAuths.create({
      reference: form.transactionReference,
      enrollment: form.enrollmentTransactionReference,
      result: form.transactionResult,
      user: form.userReference,
    });
  }
}
