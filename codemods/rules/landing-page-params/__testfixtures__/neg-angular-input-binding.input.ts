import { Component, Input, input } from '@angular/core';

// Already aliased to the KYX names.
@Component({ selector: 'app-id-result', standalone: true, template: '' })
export class IdResultComponent {
  readonly transactionStatus = input<string | undefined>(undefined, { alias: 'acquisitionStatus' });
  readonly transactionReference = input<string | undefined>(undefined, { alias: 'workflowExecutionId' });
}

// A card acquirer's return component: its status is APPROVED/DECLINED.
@Component({ selector: 'app-card-return', template: '' })
export class CardReturnComponent {
  @Input() transactionStatus?: string;
  @Input() transactionReference?: string;
  get paid(): boolean {
    return this.transactionStatus === 'APPROVED';
  }
}

// Only one of the two: not a landing page.
@Component({ selector: 'app-transfer', template: '' })
export class TransferComponent {
  readonly transactionReference = input<string>();
}
