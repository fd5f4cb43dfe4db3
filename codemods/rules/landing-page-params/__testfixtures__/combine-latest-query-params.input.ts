// Identity verification return page (Angular): the query combined with the signed-in user.
import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { combineLatest } from 'rxjs';
import { AuthService } from './auth.service';

@Component({ selector: 'app-verified', standalone: true, template: '<p>{{ text }}</p>' })
export class VerifiedComponent {
  text = '';
  private readonly route = inject(ActivatedRoute);

  constructor() {
    combineLatest([inject(AuthService).user$, this.route.queryParams]).subscribe(([user, query]) => {
      this.text = query['transactionStatus'] === 'SUCCESS' ? `${user.name}: verified ${query['transactionReference']}` : 'Not verified';
    });
  }
}
