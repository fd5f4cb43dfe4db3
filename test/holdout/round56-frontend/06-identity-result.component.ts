import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { ClaimsAnalytics } from '../analytics/claims-analytics.service';

type IdentityOutcome = 'verified' | 'locked' | 'failed';

interface IdentityResult {
  outcome: IdentityOutcome;
  reference: string | null;
  errorCode: string | null;
}

// Route 'claims/identity/result': successUrl and errorUrl of the identity check a claimant does before a claim can
// be settled. The query arrives synchronously with the activated route, hence requireSync.
@Component({
  selector: 'mf-identity-result',
  standalone: true,
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (result().outcome) {
      @case ('verified') {
        <h1>Thank you, your identity is confirmed</h1>
        <p>Reference {{ result().reference }}. Your claim handler can see this straight away.</p>
        <a routerLink="/claims">Back to your claims</a>
      }
      @case ('locked') {
        <h1>We need to speak to you</h1>
        <p>The check could not be completed online. Please call your claim handler.</p>
      }
      @default {
        <h1>The identity check did not finish</h1>
        <p>Please try again{{ result().errorCode ? ' (error ' + result().errorCode + ')' : '' }}.</p>
        <a routerLink="/claims/identity">Start again</a>
      }
    }
  `,
})
export class IdentityResultComponent {
  private readonly route = inject(ActivatedRoute);
  private readonly title = inject(Title);
  private readonly analytics = inject(ClaimsAnalytics);

  readonly result = toSignal(
    this.route.queryParamMap.pipe(
      map((q): IdentityResult => {
        const errorCode = q.get('errorCode');
        const outcome: IdentityOutcome =
          q.get('transactionStatus') === 'SUCCESS' ? 'verified' : errorCode === '9836' ? 'locked' : 'failed';
        return { outcome, reference: q.get('transactionReference'), errorCode };
      }),
    ),
    { requireSync: true },
  );

  readonly verified = computed(() => this.result().outcome === 'verified');

  constructor() {
    effect(() => {
      this.title.setTitle(this.verified() ? 'Identity confirmed – Marlow & Finch' : 'Identity check – Marlow & Finch');
      this.analytics.track('claim_identity_result', { outcome: this.result().outcome });
    });
  }
}
