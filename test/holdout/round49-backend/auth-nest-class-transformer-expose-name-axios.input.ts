// Kempen & Duin Bank (NL): raising the daily transfer limit above EUR 25,000 asks for a selfie against the ID check
// from account opening. NestJS service on axios. Answers of outside parties become domain objects with
// class-transformer before anything else touches them: the API layer only ever sees FaceLoginStart.
import { Injectable, Logger } from '@nestjs/common';
import axios from 'axios';
import { Expose, Type, plainToInstance } from 'class-transformer';
import { recordLimitRaiseStepUp, type LimitRaiseRequest } from './store.js';

const NETVERIFY_EU = 'https://lon.netverify.com';
/** Must match the lifetime sent with the start request (the app shows a countdown). */
const LINK_MINUTES = 15;

/** The start of a face login, in the bank's names. */
export class FaceLoginStart {
  @Expose({ name: 'redirectUrl' })
  readonly launchUrl!: string;

  @Expose({ name: 'transactionReference' })
  readonly reference!: string;

  @Expose({ name: 'timestamp' })
  @Type(() => Date)
  readonly startedAt!: Date;

  expiresAt(minutes: number): Date {
    return new Date(this.startedAt.getTime() + minutes * 60_000);
  }
}

@Injectable()
export class LimitRaiseFaceLoginService {
  private readonly logger = new Logger(LimitRaiseFaceLoginService.name);

  async start(request: LimitRaiseRequest): Promise<{ start: FaceLoginStart; expiresAt: Date }> {
    const { data } = await axios.post(
      `${NETVERIFY_EU}/api/authentication/v1/web/initiate`,
      {
        enrollmentTransactionReference: request.customer.netverifyEnrollmentRef,
        userReference: request.customer.customerNo,
        successUrl: `https://mijn.kempenduin.example/limieten/${request.id}/bevestigd`,
        errorUrl: `https://mijn.kempenduin.example/limieten/${request.id}/mislukt`,
        locale: 'nl',
        tokenLifetimeInMinutes: 15,
      },
      {
        auth: { username: process.env.KEMPEN_NV_TOKEN ?? '', password: process.env.KEMPEN_NV_SECRET ?? '' },
        headers: { Accept: 'application/json', 'User-Agent': 'KempenDuin-Limieten/8.2' },
        timeout: 10_000,
      },
    );

    const start = plainToInstance(FaceLoginStart, data, { excludeExtraneousValues: true });
    await recordLimitRaiseStepUp(request.id, start.reference, start.startedAt);
    this.logger.log(`face login ${start.reference} started for limit request ${request.id}`);
    return { start, expiresAt: start.expiresAt(LINK_MINUTES) };
  }
}
