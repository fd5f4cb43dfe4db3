import { Component, Input } from '@angular/core';

// Shown in the transfer history list and on the transfer detail page (the parent binds both inputs).
@Component({
  selector: 'app-transfer-status',
  standalone: true,
  template: `<span class="badge" [class.ok]="transactionStatus === 'SUCCESS'">{{ label }}</span>
    <small>{{ transactionReference }}</small>`,
})
export class TransferStatusComponent {
  @Input() transactionStatus: 'SUCCESS' | 'ERROR' | 'PENDING' = 'PENDING';
  @Input() transactionReference = '';

  get label(): string {
    return { SUCCESS: 'Sent', ERROR: 'Rejected', PENDING: 'Processing' }[this.transactionStatus];
  }
}
