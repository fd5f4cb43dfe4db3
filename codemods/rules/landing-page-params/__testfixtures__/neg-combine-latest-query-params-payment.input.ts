// Card payment return page (Angular): the query combined with the cart.
import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { combineLatest } from 'rxjs';
import { CartService } from './cart.service';

@Component({ selector: 'app-paid', standalone: true, template: '<p>{{ text }}</p>' })
export class PaidComponent {
  text = '';
  private readonly route = inject(ActivatedRoute);

  constructor() {
    combineLatest([inject(CartService).total$, this.route.queryParams]).subscribe(([total, query]) => {
      this.text = query['transactionStatus'] === 'SETTLED' ? `Paid ${total}: ${query['transactionReference']}` : 'Declined';
    });
  }
}
