import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { map, take } from 'rxjs';

@Component({ selector: 'app-kyc-return', template: '<p>{{ (result$ | async)?.status }}</p>' })
export class KycReturnComponent {
  private readonly route = inject(ActivatedRoute);

  // The param map handed to the first operator that transforms it.
  readonly result$ = this.route.queryParamMap.pipe(
    take(1),
    map((params) => ({ status: params.get('acquisitionStatus'), reference: params.get('workflowExecutionId') })),
  );

  constructor() {
    this.route.queryParams.pipe(take(1)).subscribe((q) => {
      if (q['acquisitionStatus'] === 'ERROR') console.warn('kyc failed', q['workflowExecutionId'], q['errorCode']);
    });
  }
}
