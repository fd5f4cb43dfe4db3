import { get, param, response } from '@loopback/rest';
import { inject } from '@loopback/core';
import { KycService } from '../services';

// Success/error URL of the Jumio identity check.
export class KycReturnController {
  constructor(@inject('services.KycService') private kyc: KycService) {}

  @get('/kyc/return')
  @response(302)
  async kycReturn(
    @param.query.string('transactionStatus') status: string,
    @param.query.string('transactionReference') reference: string,
    @param.query.string('errorCode') errorCode?: string,
  ): Promise<string> {
    await this.kyc.recordOutcome(reference, status === 'SUCCESS', errorCode);
    return status === 'SUCCESS' ? '/onboarding/done' : `/onboarding/failed?code=${errorCode}`;
  }
}
