// Card payment return page, Angular with combineLatest.
import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { AsyncPipe } from '@angular/common';
import { combineLatest, map } from 'rxjs';
import { CartService } from '../cart.service';

@Component({
  selector: 'app-payment-result',
  standalone: true,
  imports: [AsyncPipe],
  template: `<p>{{ (vm$ | async)?.message }}</p>`,
})
export class PaymentResultComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly cart = inject(CartService);

  readonly vm$ = combineLatest([this.route.queryParams, this.cart.total$]).pipe(
    map(([params, total]) => ({
      message: params['transactionStatus'] === 'CAPTURED'
        ? `Paid ${total} (${params['transactionReference']})`
        : 'Payment declined',
    })),
  );
}
