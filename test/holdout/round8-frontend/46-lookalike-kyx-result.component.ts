import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';

// KYX redirect: acquisitionStatus, workflowExecutionId, accountId.
@Component({
  selector: 'app-kyx-result',
  standalone: true,
  template: `<p>{{ ok() ? 'Submitted' : 'Failed' }} — {{ execution() }}</p>`,
})
export class KyxResultComponent {
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap);
  readonly ok = computed(() => this.query()?.get('acquisitionStatus') === 'SUCCESS');
  readonly execution = computed(() => this.query()?.get('workflowExecutionId'));
  readonly account = computed(() => this.query()?.get('accountId'));
}
