// NestJS controller with a class-validator DTO of the legacy authentication callback (urlencoded body).
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Equals, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { saveResult } from './store';

export class AuthenticationCallbackDto {
  @IsUUID() transactionReference!: string;
  @IsUUID() enrollmentTransactionReference!: string;
  @IsIn(['PASSED', 'FAILED', 'INVALID', 'EXPIRED']) transactionResult!: string;
  @Equals('NETVERIFY_AUTHENTICATION') callBackType!: string;
  @IsString() transactionDate!: string;
  @IsOptional() @IsString() userReference?: string;
}

@Controller('face-login')
export class FaceLoginCallbackController {
  @Post('callback')
  @HttpCode(200)
  async receive(@Body() dto: AuthenticationCallbackDto) {
    await saveResult(dto.transactionReference, { result: dto.transactionResult, user: dto.userReference });
    return 'OK';
  }
}
