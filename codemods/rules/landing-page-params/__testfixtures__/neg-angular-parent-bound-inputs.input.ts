import { Component, Input, computed, input } from '@angular/core';

// A badge of the transfer history: <app-transfer-badge [transactionStatus]="t.status" [transactionReference]="t.ref">.
@Component({ selector: 'app-transfer-badge', standalone: true, template: `<span [class.ok]="transactionStatus === 'SUCCESS'">{{ transactionReference }}</span>` })
export class TransferBadgeComponent {
  @Input() transactionStatus: 'SUCCESS' | 'ERROR' = 'SUCCESS';
  @Input() transactionReference = '';
}

// A row of the statement import preview (signal inputs, aliased from the file's column names).
@Component({ selector: 'app-statement-row', standalone: true, template: `<td>{{ ref() }}</td><td>{{ failed() }}</td>` })
export class StatementRowComponent {
  readonly status = input.required<string>({ alias: 'transactionStatus' });
  readonly ref = input.required<string>({ alias: 'transactionReference' });
  readonly failed = computed(() => this.status() === 'ERROR');
}
