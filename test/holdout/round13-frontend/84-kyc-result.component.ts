// Identity verification return page (Netverify success/error URL), Angular with combineLatest.
import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { AsyncPipe } from '@angular/common';
import { combineLatest, map } from 'rxjs';
import { SessionService } from '../session.service';

@Component({
  selector: 'app-kyc-result',
  standalone: true,
  imports: [AsyncPipe],
  template: `<p>{{ (vm$ | async)?.message }}</p>`,
})
export class KycResultComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionService);

  readonly vm$ = combineLatest([this.route.queryParams, this.session.user$]).pipe(
    map(([params, user]) => ({
      message: params['transactionStatus'] === 'SUCCESS'
        ? `Thanks ${user.firstName}, you are verified (${params['transactionReference']})`
        : 'Verification failed',
    })),
  );
}
