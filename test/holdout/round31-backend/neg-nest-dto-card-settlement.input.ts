// Settlement webhook of the card acquirer, validated by class-validator before it reaches the controller.
import { Body, Controller, HttpCode, Post, UsePipes, ValidationPipe } from '@nestjs/common';
import { IsIn, IsISO8601, IsNumber, IsString, Length } from 'class-validator';
import { saveResult } from './store.js';

export class CardSettlementDto {
  @IsString()
  transactionReference!: string;

  @IsIn(['APPROVED', 'DECLINED', 'REVERSED'])
  transactionResult!: 'APPROVED' | 'DECLINED' | 'REVERSED';

  @IsISO8601()
  transactionDate!: string;

  @IsString()
  merchantReference!: string;

  @IsNumber()
  amount!: number;

  @Length(3, 3)
  currency!: string;
}

@Controller('integrations/acquirer')
export class CardSettlementController {
  @Post('settlement')
  @HttpCode(200)
  @UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: false }))
  async receive(@Body() payload: CardSettlementDto): Promise<string> {
    const { transactionReference, transactionResult, transactionDate, merchantReference, amount, currency } = payload;
    await saveResult(merchantReference, { transactionReference, settled: transactionResult === 'APPROVED', transactionDate, amount, currency });
    return 'OK';
  }
}
