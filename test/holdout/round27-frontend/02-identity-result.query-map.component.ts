// Landing page of the identity step (Angular standalone component): the web client sends the browser here when the
// check ends, with the outcome in the query string.
import { HttpClient } from '@angular/common/http';
import { NgIf } from '@angular/common';
import { Component, OnDestroy, OnInit, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';

@Component({
  selector: 'app-identity-result',
  standalone: true,
  imports: [NgIf, RouterLink],
  template: `
    <h1>{{ title }}</h1>
    <p *ngIf="reference">Reference: {{ reference }}</p>
    <a *ngIf="retryLater" routerLink="/identity/help">What can I do now?</a>
  `,
})
export class IdentityResultComponent implements OnInit, OnDestroy {
  private readonly route = inject(ActivatedRoute);
  private readonly http = inject(HttpClient);
  private subscription?: Subscription;

  title = 'Checking your result…';
  reference: string | null = null;
  retryLater = false;

  ngOnInit(): void {
    this.subscription = this.route.queryParamMap.subscribe((params) => {
      const status = params.get('transactionStatus');
      this.reference = params.get('transactionReference');
      if (status === 'SUCCESS') {
        this.title = 'Thanks, your identity check is complete';
        this.http.post('/api/identity/confirm', { reference: this.reference }).subscribe();
        return;
      }
      this.title = 'We could not confirm your identity';
      this.retryLater = Number(params.get('errorCode')) === 9836;
    });
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
