// Return page of the identity check: the provider's successUrl and errorUrl both point at /identity/return, and
// the outcome arrives in the query string. Texts come from assets/i18n/<lang>.json (ngx-translate, IDENTITY.RETURN.*).
import { Component, OnInit, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslateModule, TranslateService } from '@ngx-translate/core';
import { AnalyticsService } from '../core/analytics.service';

type ReturnReason = 'NONE' | 'SESSION' | 'CAPTURE' | 'GENERIC';

@Component({
  selector: 'app-identity-return',
  standalone: true,
  imports: [RouterLink, TranslateModule],
  template: `
    <main class="identity-return">
      @if (verified) {
        <h1>{{ 'IDENTITY.RETURN.VERIFIED_TITLE' | translate }}</h1>
        <a routerLink="/account" class="btn btn-primary">{{ 'IDENTITY.RETURN.CONTINUE' | translate }}</a>
      } @else {
        <h1>{{ 'IDENTITY.RETURN.FAILED_TITLE' | translate }}</h1>
        <p>{{ 'IDENTITY.RETURN.REASON.' + reason | translate: { code: errorCode } }}</p>
        @if (reason === 'CAPTURE') {
          <p class="hint">{{ 'IDENTITY.RETURN.CAPTURE_TIPS' | translate }}</p>
        }
        <a routerLink="/identity/start" class="btn btn-primary">{{ 'IDENTITY.RETURN.RETRY' | translate }}</a>
      }
      @if (reference) {
        <p class="reference">{{ 'IDENTITY.RETURN.REFERENCE' | translate: { reference: reference } }}</p>
      }
    </main>
  `,
})
export class IdentityReturnComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly translate = inject(TranslateService);
  private readonly title = inject(Title);
  private readonly analytics = inject(AnalyticsService);

  verified = false;
  reference: string | null = null;
  errorCode: string | null = null;
  reason: ReturnReason = 'NONE';

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    const status = params.get('transactionStatus');
    const errorCode = params.get('errorCode');
    this.verified = status === 'SUCCESS';
    this.reference = params.get('transactionReference');
    this.errorCode = errorCode;

    if (!this.verified) {
      switch (errorCode) {
        case '9200':
        case '9210':
          // The session ran out before the member finished: a fresh start is all it takes.
          this.reason = 'SESSION';
          break;
        case '9821':
        case '9836':
          // Three captures in a row were not accepted: show the capture tips above the retry link.
          this.reason = 'CAPTURE';
          break;
        default:
          this.reason = 'GENERIC';
      }
    }

    this.translate
      .get(this.verified ? 'IDENTITY.RETURN.VERIFIED_TITLE' : 'IDENTITY.RETURN.FAILED_TITLE')
      .subscribe((text: string) => this.title.setTitle(text));
    this.analytics.event('identity_return', { status: status ?? 'unknown', error_code: errorCode ?? 'none', reason: this.reason });
  }
}
