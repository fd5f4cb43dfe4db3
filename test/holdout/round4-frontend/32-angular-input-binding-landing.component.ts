import { Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

// Route: { path: 'identity/result', component: IdentityResultComponent } with provideRouter(routes, withComponentInputBinding()):
// Jumio's query parameters arrive as inputs of the same name.
@Component({
  selector: 'app-identity-result',
  standalone: true,
  imports: [RouterLink],
  template: `
    @if (succeeded()) {
      <p>Thank you! Reference {{ transactionReference() }}</p>
    } @else {
      <p>Verification failed (error {{ errorCode() ?? 'unknown' }}). <a routerLink="/identity">Try again</a></p>
    }
  `,
})
export class IdentityResultComponent {
  readonly transactionStatus = input<string>();
  readonly transactionReference = input<string>();
  readonly errorCode = input<string>();
  readonly succeeded = computed(() => this.transactionStatus() === 'SUCCESS');
}
