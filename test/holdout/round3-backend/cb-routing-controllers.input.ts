import { Body, BodyParam, Controller, HttpCode, Post, UseBefore } from 'routing-controllers';
import { urlencoded } from 'body-parser';
import { AuthResults } from '../services/auth-results';

@Controller('/webhooks')
export class WebhookController {
  constructor(private readonly results: AuthResults) {}

  @Post('/face-auth')
  @HttpCode(200)
  @UseBefore(urlencoded({ extended: false }))
  async faceAuth(
    @BodyParam('transactionResult') result: string,
    @BodyParam('enrollmentTransactionReference') enrollmentRef: string,
    @Body() body: Record<string, string>,
  ) {
    await this.results.save(body.transactionReference, {
      result,
      enrollmentRef,
      images: body.livenessImages ? JSON.parse(body.livenessImages) : [],
    });
    return 'OK';
  }
}
