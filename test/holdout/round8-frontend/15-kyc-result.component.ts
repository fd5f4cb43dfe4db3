import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';

// successUrl and errorUrl of the identity check both point here.
@Component({
  selector: 'app-kyc-result',
  standalone: true,
  imports: [RouterLink],
  template: `
    @if (succeeded()) {
      <h1>Thanks, we are checking your documents</h1>
      <p>Reference {{ reference() }}</p>
    } @else {
      <h1>Identity check failed</h1>
      <p>Error {{ errorCode() }}</p>
      <a routerLink="/kyc">Try again</a>
    }
  `,
})
export class KycResultComponent {
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap);
  readonly succeeded = computed(() => this.query()?.get('transactionStatus') === 'SUCCESS');
  readonly reference = computed(() => this.query()?.get('transactionReference'));
  readonly errorCode = computed(() => this.query()?.get('errorCode'));
}
