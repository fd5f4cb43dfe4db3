import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { StepUpService } from './step-up.service';

export class JumioAuthenticationCallbackDto {
  transactionReference!: string;
  enrollmentTransactionReference!: string;
  transactionResult!: 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate!: string;
  callBackType!: string;
  userReference?: string;
}

@Controller('jumio')
export class JumioCallbackController {
  constructor(private readonly stepUp: StepUpService) {}

  @Post('authentication-callback')
  @HttpCode(200)
  async handle(@Body() dto: JumioAuthenticationCallbackDto): Promise<void> {
    if (dto.transactionResult === 'PASSED') {
      await this.stepUp.approve(dto.userReference ?? '', dto.transactionReference);
    } else {
      await this.stepUp.reject(dto.userReference ?? '', dto.transactionReference, dto.transactionResult);
    }
  }
}
