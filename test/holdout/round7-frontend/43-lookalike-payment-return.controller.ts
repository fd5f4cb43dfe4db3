import { Controller, Get, Query, Redirect } from '@nestjs/common';
import { OrdersService } from './orders.service';

// Interswitch WebPAY redirects here after the card payment.
@Controller('checkout')
export class PaymentReturnController {
  constructor(private readonly orders: OrdersService) {}

  @Get('return')
  @Redirect()
  async paymentReturn(
    @Query('transactionStatus') status: string,
    @Query('transactionReference') reference: string,
    @Query('orderId') orderId: string,
  ) {
    if (status === 'SUCCESSFUL') {
      await this.orders.markPaid(orderId, reference);
      return { url: `/orders/${orderId}/thanks` };
    }
    return { url: `/orders/${orderId}/payment-failed` };
  }
}
