import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { FaceAuthService } from './face-auth.service';

type LegacyAuthenticationCallback = Record<string, string | undefined>;

@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly faceAuth: FaceAuthService) {}

  @Post('identity-provider')
  @HttpCode(200)
  async identityProvider(@Req() req: FastifyRequest) {
    const form = req.body as LegacyAuthenticationCallback;
    if (form.callBackType === 'NETVERIFY_AUTHENTICATION') {
      await this.faceAuth.complete(form.transactionReference!, form.transactionResult!, form.livenessImages);
    }
  }
}
