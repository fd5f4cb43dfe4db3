// The Nest modules of the nest-http-module-* fixtures: HttpModule registered with the legacy base URL and Basic
// credentials (register), with a factory reading them from ConfigService (registerAsync), and for another vendor.
// (JavaScript: the fixtures' TypeScript outputs are type-checked together with the .ts files of this folder.)
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { HttpModule } from '@nestjs/axios';
import { FaceLoginService, FaceLoginAsyncService } from './nest-http-module-register';
import { PartnerKycService } from './neg-nest-http-module-other';

@Module({
  imports: [
    HttpModule.register({
      baseURL: 'https://netverify.com/api',
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
      timeout: 10000,
    }),
  ],
  providers: [FaceLoginService],
})
export class FaceLoginModule {}

@Module({
  imports: [
    HttpModule.registerAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config) => ({
        baseURL: config.getOrThrow('JUMIO_BASE_URL'),
        auth: { username: config.getOrThrow('JUMIO_API_TOKEN'), password: config.getOrThrow('JUMIO_API_SECRET') },
      }),
    }),
  ],
  providers: [FaceLoginAsyncService],
})
export class FaceLoginAsyncModule {}

@Module({
  imports: [HttpModule.register({ baseURL: 'https://api.partner-kyc.example.com/v2' })],
  providers: [PartnerKycService],
})
export class PartnerKycModule {}
