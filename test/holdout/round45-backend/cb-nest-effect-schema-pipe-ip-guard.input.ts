// Nordhavn Pension member service (NestJS 10): receives the vendor's face-login callback (EU data centre).
// Inputs are decoded with Effect Schema through a small pipe the platform team shares; the guard only lets the
// vendor's documented callback addresses in.
import {
  BadRequestException,
  Body,
  Controller,
  ForbiddenException,
  HttpCode,
  Post,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
  type PipeTransform,
} from '@nestjs/common';
import { Either, ParseResult, Schema } from 'effect';
import { FaceLoginOutcomes } from './store.js';

/** The vendor's EU callback addresses (callback.lon.jumio.com). */
const NETVERIFY_EU_CALLBACK_IPS = ['34.253.41.236', '35.157.27.193', '52.48.0.25', '52.57.194.92', '52.58.113.86', '52.209.180.134'];

const NetverifyAuthenticationCallback = Schema.Struct({
  callBackType: Schema.Literal('NETVERIFY_AUTHENTICATION'),
  callbackDate: Schema.String,
  transactionReference: Schema.String.pipe(Schema.maxLength(36)),
  enrollmentTransactionReference: Schema.String.pipe(Schema.maxLength(36)),
  transactionResult: Schema.Literal('PASSED', 'FAILED', 'INVALID', 'EXPIRED'),
  transactionDate: Schema.String,
  scanSource: Schema.Literal('SDK', 'WEB'),
  userReference: Schema.optional(Schema.String),
  idScanImageFace: Schema.optional(Schema.String),
});
type NetverifyAuthenticationCallback = typeof NetverifyAuthenticationCallback.Type;

class EffectSchemaPipe<A, I> implements PipeTransform<unknown, A> {
  constructor(private readonly schema: Schema.Schema<A, I>) {}

  transform(value: unknown): A {
    const result = Schema.decodeUnknownEither(this.schema)(value);
    if (Either.isLeft(result)) throw new BadRequestException(ParseResult.TreeFormatter.formatErrorSync(result.left));
    return result.right;
  }
}

class NetverifySourceGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const ip: string = context.switchToHttp().getRequest().ip;
    if (!NETVERIFY_EU_CALLBACK_IPS.includes(ip)) throw new ForbiddenException();
    return true;
  }
}

@Controller('webhooks/jumio')
@UseGuards(NetverifySourceGuard)
export class FaceLoginCallbackController {
  constructor(private readonly outcomes: FaceLoginOutcomes) {}

  @Post('authentication')
  @HttpCode(200)
  async receive(@Body(new EffectSchemaPipe(NetverifyAuthenticationCallback)) callback: NetverifyAuthenticationCallback): Promise<void> {
    await this.outcomes.record({
      reference: callback.transactionReference,
      enrolment: callback.enrollmentTransactionReference,
      passed: callback.transactionResult === 'PASSED',
      decidedAt: new Date(callback.transactionDate),
      receivedAt: new Date(callback.callbackDate),
      faceImage: callback.idScanImageFace ?? null,
    });
  }
}
