// Angular 19 SSR: the identity check's return page reads the query from the REQUEST token (the browser URL on the client).
import { Component, REQUEST, inject } from '@angular/core';

@Component({
  selector: 'app-verify-return',
  standalone: true,
  template: `
    @if (verified) {
      <p>Identity verified — reference {{ reference }}</p>
    } @else {
      <p>Identity check failed ({{ errorCode }})</p>
    }
  `,
})
export class VerifyReturnComponent {
  private readonly request = inject(REQUEST, { optional: true });
  private readonly params = new URL(this.request?.url ?? window.location.href).searchParams;
  readonly verified = this.params.get('transactionStatus') === 'SUCCESS';
  readonly reference = this.params.get('transactionReference');
  readonly errorCode = this.params.get('errorCode');
}
