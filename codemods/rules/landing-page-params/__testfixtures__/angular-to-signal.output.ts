import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';

// The query kept as a signal: toSignal(route.queryParamMap), read through the signal.
@Component({ selector: 'app-verify-done', standalone: true, template: `<p>{{ ok() }} {{ ref() }}</p>` })
export class VerifyDoneComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly ok = computed(() => this.params().get('acquisitionStatus') === 'SUCCESS');
  readonly ref = computed(() => this.params().get('workflowExecutionId'));
}

const routeParams = toSignal(inject(ActivatedRoute).queryParamMap);
export const verifyOutcome = () => [routeParams()?.get('acquisitionStatus'), routeParams()?.get('workflowExecutionId')];
