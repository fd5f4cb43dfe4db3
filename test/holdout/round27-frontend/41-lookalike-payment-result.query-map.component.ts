// Card payment return page (Angular standalone component): the payment page sends the browser back here with the
// outcome in the query string.
import { HttpClient } from '@angular/common/http';
import { NgIf } from '@angular/common';
import { Component, OnDestroy, OnInit, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';

@Component({
  selector: 'app-payment-result',
  standalone: true,
  imports: [NgIf, RouterLink],
  template: `
    <h1>{{ title }}</h1>
    <p *ngIf="reference">Payment reference: {{ reference }}</p>
    <a *ngIf="declined" routerLink="/checkout/payment">Try another card</a>
  `,
})
export class PaymentResultComponent implements OnInit, OnDestroy {
  private readonly route = inject(ActivatedRoute);
  private readonly http = inject(HttpClient);
  private subscription?: Subscription;

  title = 'Checking your payment…';
  reference: string | null = null;
  declined = false;

  ngOnInit(): void {
    this.subscription = this.route.queryParamMap.subscribe((params) => {
      const status = params.get('transactionStatus');
      this.reference = params.get('transactionReference');
      if (status === 'APPROVED') {
        this.title = 'Thanks, your order is paid';
        this.http.post('/api/orders/confirm-payment', { reference: this.reference }).subscribe();
        return;
      }
      this.title = 'Your payment was not completed';
      this.declined = status === 'DECLINED';
    });
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
