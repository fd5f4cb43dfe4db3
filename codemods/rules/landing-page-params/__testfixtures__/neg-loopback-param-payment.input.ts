import { get, param } from '@loopback/rest';
import { inject } from '@loopback/core';
import { OrderService } from '../services';

// Card payment return URL.
export class PaymentReturnController {
  constructor(@inject('services.OrderService') private orders: OrderService) {}

  @get('/checkout/return')
  async paymentReturn(
    @param.query.string('transactionStatus') status: string,
    @param.query.string('transactionReference') reference: string,
  ): Promise<string> {
    await this.orders.settle(reference, status === 'APPROVED');
    return status === 'APPROVED' ? '/order/thanks' : '/cart';
  }
}
