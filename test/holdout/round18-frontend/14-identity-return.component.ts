import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * Return page of the Jumio identity check ({ path: 'identity/return', component: IdentityReturnComponent }).
 * The router binds the redirect's query parameters to the inputs (provideRouter(routes, withComponentInputBinding())).
 */
@Component({
  selector: 'app-identity-return',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (verified()) {
      <h1>Your Jumio identity check is complete</h1>
      <p>Reference {{ shownReference() }}</p>
    } @else {
      <h1>We could not verify your identity</h1>
      <p>Error {{ errorCode() ?? 'unknown' }}. <a routerLink="/identity">Try again</a></p>
    }
  `,
})
export class IdentityReturnComponent {
  readonly transactionStatus = input.required<string>();
  readonly transactionReference = input<string>();
  readonly errorCode = input<string>();

  readonly verified = computed(() => this.transactionStatus() === 'SUCCESS');
  readonly shownReference = linkedSignal(() => this.transactionReference() ?? '—');
}
