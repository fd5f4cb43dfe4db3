import { Component, Input, computed, input } from '@angular/core';

// Routed in support/app.routes.ts (component: and loadComponent); support/app.config.ts opts in to input binding.
@Component({ selector: 'app-verify-result', standalone: true, template: `<p>{{ ok() ? 'Done' : 'Failed' }} {{ transactionReference() }}</p>` })
export class VerifyResultComponent {
  readonly transactionStatus = input<string>();
  readonly transactionReference = input<string>();
  readonly ok = computed(() => this.transactionStatus() === 'SUCCESS');
}

@Component({ selector: 'app-return', standalone: true, template: '<p>{{ transactionStatus }} {{ transactionReference }}</p>' })
export class ReturnPageComponent {
  @Input() transactionStatus?: string;
  @Input() transactionReference?: string;
}

// Not routed: a parent binds it.
@Component({ selector: 'app-status-chip', standalone: true, template: '{{ transactionStatus }}' })
export class StatusChipComponent {
  @Input() transactionStatus?: string;
  @Input() transactionReference?: string;
}
