import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';

// The query kept as a signal: toSignal(route.queryParamMap), read through the signal.
@Component({ selector: 'app-verify-done', standalone: true, template: `<p>{{ ok() }} {{ ref() }}</p>` })
export class VerifyDoneComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly ok = computed(() => this.params().get('transactionStatus') === 'SUCCESS');
  readonly ref = computed(() => this.params().get('transactionReference'));
}

const routeParams = toSignal(inject(ActivatedRoute).queryParamMap);
export const verifyOutcome = () => [routeParams()?.get('transactionStatus'), routeParams()?.get('transactionReference')];
