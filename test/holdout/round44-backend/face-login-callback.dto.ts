// The form the identity vendor posts to the online bank's face-login callback (application/x-www-form-urlencoded),
// validated by the global ValidationPipe ({ whitelist: true, forbidNonWhitelisted: false }) before the controller runs.
import { Equals, IsIn, IsISO8601, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';

export class FaceLoginCallbackDto {
  @Equals('NETVERIFY_AUTHENTICATION')
  callBackType!: string;

  @IsISO8601()
  callbackDate!: string;

  @IsString()
  @MaxLength(36)
  transactionReference!: string;

  @IsString()
  @MaxLength(36)
  enrollmentTransactionReference!: string;

  @IsIn(['PASSED', 'FAILED', 'INVALID', 'EXPIRED'])
  transactionResult!: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';

  @IsISO8601()
  transactionDate!: string;

  @IsIn(['SDK', 'WEB'])
  scanSource!: 'SDK' | 'WEB';

  @IsOptional()
  @IsUrl()
  idScanImageFace?: string;

  @IsOptional()
  @IsString()
  livenessImages?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  userReference?: string;
}
