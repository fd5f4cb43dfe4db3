import { Component, input } from '@angular/core';

// Lazy-loaded as the default export: loadComponent: () => import('./…/angular-routed-default-export.input').
@Component({ selector: 'app-done', standalone: true, template: '<p>{{ transactionStatus() }} {{ transactionReference() }}</p>' })
export default class DonePageComponent {
  // TODO(netverify-migrate): landing-page-params: inputs named like the legacy redirect parameters: if the router binds query parameters to inputs (withComponentInputBinding()), KYX sends transactionStatus → acquisitionStatus, transactionReference → workflowExecutionId — alias the inputs (input(undefined, { alias: 'acquisitionStatus' }) / @Input('acquisitionStatus')) unless a parent template binds them
  readonly transactionStatus = input<string>();
  readonly transactionReference = input<string>();
}
