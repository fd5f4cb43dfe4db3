import { Component, Input, computed, input } from '@angular/core';

// withComponentInputBinding(): the router sets inputs named like the query parameters.
@Component({ selector: 'app-id-result', standalone: true, template: `<p>{{ ok() ? 'Verified' : 'Failed' }} {{ transactionReference() }}</p>` })
export class IdResultComponent {
  // TODO(netverify-migrate): landing-page-params: inputs named like the legacy redirect parameters: if the router binds query parameters to inputs (withComponentInputBinding()), KYX sends transactionStatus → acquisitionStatus, transactionReference → workflowExecutionId — alias the inputs (input(undefined, { alias: 'acquisitionStatus' }) / @Input('acquisitionStatus')) unless a parent template binds them
  readonly transactionStatus = input<string>();
  readonly transactionReference = input.required<string>();
  readonly ok = computed(() => this.transactionStatus() === 'SUCCESS');
}

@Component({ selector: 'app-kyc-done', template: '<p>{{ status }} {{ reference }}</p>' })
export class KycDoneComponent {
  // TODO(netverify-migrate): landing-page-params: inputs named like the legacy redirect parameters: if the router binds query parameters to inputs (withComponentInputBinding()), KYX sends transactionStatus → acquisitionStatus, transactionReference → workflowExecutionId — alias the inputs (input(undefined, { alias: 'acquisitionStatus' }) / @Input('acquisitionStatus')) unless a parent template binds them
  @Input('transactionStatus') status?: string;
  @Input('transactionReference') reference?: string;
}
