import { Component, Input, computed, input } from '@angular/core';

// Routed in support/app.routes.ts (component: and loadComponent); support/app.config.ts opts in to input binding.
@Component({ selector: 'app-verify-result', standalone: true, template: `<p>{{ ok() ? 'Done' : 'Failed' }} {{ transactionReference() }}</p>` })
export class VerifyResultComponent {
  // TODO(netverify-migrate): landing-page-params: inputs named like the legacy redirect parameters: if the router binds query parameters to inputs (withComponentInputBinding()), KYX sends transactionStatus → acquisitionStatus, transactionReference → workflowExecutionId — alias the inputs (input(undefined, { alias: 'acquisitionStatus' }) / @Input('acquisitionStatus')) unless a parent template binds them
  readonly transactionStatus = input<string>();
  readonly transactionReference = input<string>();
  readonly ok = computed(() => this.transactionStatus() === 'SUCCESS');
}

@Component({ selector: 'app-return', standalone: true, template: '<p>{{ transactionStatus }} {{ transactionReference }}</p>' })
export class ReturnPageComponent {
  // TODO(netverify-migrate): landing-page-params: inputs named like the legacy redirect parameters: if the router binds query parameters to inputs (withComponentInputBinding()), KYX sends transactionStatus → acquisitionStatus, transactionReference → workflowExecutionId — alias the inputs (input(undefined, { alias: 'acquisitionStatus' }) / @Input('acquisitionStatus')) unless a parent template binds them
  @Input() transactionStatus?: string;
  @Input() transactionReference?: string;
}

// Not routed: a parent binds it.
@Component({ selector: 'app-status-chip', standalone: true, template: '{{ transactionStatus }}' })
export class StatusChipComponent {
  @Input() transactionStatus?: string;
  @Input() transactionReference?: string;
}
