// The form the card acquirer posts to the card services' settlement notification (application/x-www-form-urlencoded),
// validated by the global ValidationPipe before the controller runs.
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

export class SettlementNotificationDto {
  @IsIn(['SETTLEMENT', 'REFUND', 'CHARGEBACK'])
  notificationType!: 'SETTLEMENT' | 'REFUND' | 'CHARGEBACK';

  @IsString()
  @MaxLength(36)
  transactionReference!: string;

  @IsString()
  @MaxLength(64)
  merchantReference!: string;

  @IsIn(['SETTLED', 'DECLINED', 'REVERSED'])
  transactionResult!: 'SETTLED' | 'DECLINED' | 'REVERSED';

  @IsISO8601()
  transactionDate!: string;

  @IsOptional()
  @IsString()
  userReference?: string;
}
