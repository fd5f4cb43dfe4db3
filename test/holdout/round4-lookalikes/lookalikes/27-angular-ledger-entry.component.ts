import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

// One row of the general-ledger import preview: the bank file gives each line a status and a reference.
@Component({
  selector: 'app-ledger-entry',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<td>{{ transactionReference() }}</td><td [class.warn]="failed()">{{ transactionStatus() }}</td>`,
})
export class LedgerEntryComponent {
  transactionStatus = input.required<string>();
  transactionReference = input.required<string>();
  failed = computed(() => this.transactionStatus() === 'ERROR');
}
