// Result webhook of the face login, validated by class-validator before it reaches the controller.
import { Body, Controller, HttpCode, Post, UsePipes, ValidationPipe } from '@nestjs/common';
import { Equals, IsIn, IsISO8601, IsOptional, IsString, IsUrl } from 'class-validator';
import { markUserVerified, saveResult } from './store.js';

export class FaceLoginResultDto {
  @Equals('NETVERIFY_AUTHENTICATION')
  callBackType!: string;

  @IsString()
  transactionReference!: string;

  @IsString()
  enrollmentTransactionReference!: string;

  @IsIn(['PASSED', 'FAILED', 'INVALID', 'EXPIRED'])
  transactionResult!: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';

  @IsISO8601()
  callbackDate!: string;

  @IsOptional()
  @IsString()
  userReference?: string;

  @IsOptional()
  @IsUrl()
  idScanImageFace?: string;
}

@Controller('integrations/face-login')
export class FaceLoginResultController {
  @Post('result')
  @HttpCode(200)
  @UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: false }))
  async receive(@Body() payload: FaceLoginResultDto): Promise<string> {
    const { transactionReference, transactionResult, userReference } = payload;
    await saveResult(transactionReference, { result: transactionResult, member: userReference ?? null });
    if (userReference) await markUserVerified(userReference, transactionResult === 'PASSED');
    return 'OK';
  }
}
