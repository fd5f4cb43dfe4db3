import { Component, Input, computed, input } from '@angular/core';

// withComponentInputBinding(): the router sets inputs named like the query parameters.
@Component({ selector: 'app-id-result', standalone: true, template: `<p>{{ ok() ? 'Verified' : 'Failed' }} {{ transactionReference() }}</p>` })
export class IdResultComponent {
  readonly transactionStatus = input<string>();
  readonly transactionReference = input.required<string>();
  readonly ok = computed(() => this.transactionStatus() === 'SUCCESS');
}

@Component({ selector: 'app-kyc-done', template: '<p>{{ status }} {{ reference }}</p>' })
export class KycDoneComponent {
  @Input('transactionStatus') status?: string;
  @Input('transactionReference') reference?: string;
}
