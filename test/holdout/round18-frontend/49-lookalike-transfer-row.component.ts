import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';

/** One row of the bank-transfer ledger: <app-transfer-row [transactionStatus]="t.status" [transactionReference]="t.ref" />. */
@Component({
  selector: 'app-transfer-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="ref">{{ shownReference() }}</span>
    <span class="status" [class.ok]="settled()">{{ transactionStatus() }}</span>
  `,
})
export class TransferRowComponent {
  readonly transactionStatus = input.required<string>();
  readonly transactionReference = input<string>();

  readonly settled = computed(() => this.transactionStatus() === 'SUCCESS');
  readonly shownReference = linkedSignal(() => this.transactionReference() ?? '—');
}
