// Angular 19 SSR: the open-banking provider's return page after a bank transfer.
import { Component, REQUEST, inject } from '@angular/core';

@Component({
  selector: 'app-transfer-return',
  standalone: true,
  template: `
    @if (sent) {
      <p>Bank transfer sent — reference {{ reference }}</p>
    } @else {
      <p>The bank transfer was not completed.</p>
    }
  `,
})
export class TransferReturnComponent {
  private readonly request = inject(REQUEST, { optional: true });
  private readonly params = new URL(this.request?.url ?? window.location.href).searchParams;
  readonly sent = this.params.get('transactionStatus') === 'SUCCESS';
  readonly reference = this.params.get('transactionReference');
}
