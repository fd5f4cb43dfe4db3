import { AsyncPipe } from '@angular/common';
import { Component, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';

@Component({
  selector: 'app-identity-return',
  standalone: true,
  imports: [AsyncPipe, RouterLink],
  template: `
    @if (result$ | async; as result) {
      @if (result.verified) {
        <h1>Identity verified</h1>
        <p>Reference: {{ result.reference }}</p>
        <a routerLink="/account">Continue</a>
      } @else {
        <h1>We could not verify your identity</h1>
        <p>Error code: {{ result.errorCode ?? 'unknown' }}</p>
        <a routerLink="/identity">Try again</a>
      }
    }
  `,
})
export class IdentityReturnComponent {
  private readonly route = inject(ActivatedRoute);

  readonly result$ = this.route.queryParamMap.pipe(
    map((params) => ({
      verified: params.get('transactionStatus') === 'SUCCESS',
      reference: params.get('transactionReference'),
      errorCode: params.get('errorCode'),
    })),
  );
}
