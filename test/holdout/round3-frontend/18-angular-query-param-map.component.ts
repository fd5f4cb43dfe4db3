import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { Observable, map } from 'rxjs';

interface KycResult {
  status: string | null;
  reference: string | null;
  errorCode: string | null;
}

@Component({
  selector: 'app-kyc-result',
  template: `
    <ng-container *ngIf="result$ | async as r">
      <h2 *ngIf="r.status === 'SUCCESS'; else failed">Verification submitted ({{ r.reference }})</h2>
      <ng-template #failed><h2>Verification failed {{ r.errorCode }}</h2></ng-template>
    </ng-container>
  `,
})
export class KycResultComponent implements OnInit {
  result$!: Observable<KycResult>;

  constructor(private readonly route: ActivatedRoute) {}

  ngOnInit(): void {
    this.result$ = this.route.queryParamMap.pipe(
      map((params) => ({
        status: params.get('transactionStatus'),
        reference: params.get('transactionReference'),
        errorCode: params.get('errorCode'),
      })),
    );
  }
}
