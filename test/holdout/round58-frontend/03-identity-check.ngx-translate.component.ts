// identity-check.component.ts — Ferris Quay Building Society, mortgage application: the identity check.
// Frames the Jumio (Netverify) web client; texts come from assets/i18n/<lang>.json (ngx-translate, IDENTITY.*) and
// product analytics go to Amplitude. The frame carries the reference as a data attribute: the e2e suite and the
// support console find it with iframe[data-transaction-reference].
import { Component, HostListener, Input, inject } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { TranslateModule, TranslateService } from '@ngx-translate/core';
import * as amplitude from '@amplitude/analytics-browser';

interface NetverifyMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

type Step = 'LOADING' | 'CAPTURE' | 'DONE' | 'FAILED';

@Component({
  selector: 'fq-identity-check',
  standalone: true,
  imports: [TranslateModule],
  template: `
    <h2>{{ 'IDENTITY.STEP.' + step | translate }}</h2>
    <p class="sr-only" aria-live="assertive">{{ liveMessage }}</p>
    @if (frameUrl) {
      <iframe [src]="frameUrl" [title]="'IDENTITY.FRAME_TITLE' | translate" [attr.data-transaction-reference]="transactionReference" width="100%" height="680" allow="camera;fullscreen"></iframe>
    }
    @if (transactionReference) {
      <p class="reference">{{ 'IDENTITY.TRANSACTION_REFERENCE' | translate: { transactionReference: transactionReference } }}</p>
    }
  `,
})
export class IdentityCheckComponent {
  private readonly sanitizer = inject(DomSanitizer);
  private readonly translate = inject(TranslateService);

  frameUrl: SafeResourceUrl | null = null;
  step: Step = 'LOADING';
  transactionReference: string | null = null;
  liveMessage = '';

  @Input({ required: true }) set sessionUrl(url: string) {
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!/^https:\/\/ferrisquay\.netverify\.com$/.test(event.origin)) return;
    const message = JSON.parse(event.data) as NetverifyMessage;
    amplitude.track('identity_frame_event', {
      step: message.payload.value,
      transactionReference: message.transactionReference,
    });
    if (message.payload.value === 'loaded') {
      this.step = 'CAPTURE';
      return;
    }
    if (message.payload.value === 'success') {
      this.step = 'DONE';
      this.transactionReference = message.transactionReference;
      amplitude.identify(new amplitude.Identify().set('transactionReference', message.transactionReference));
      this.liveMessage = this.translate.instant('IDENTITY.LIVE.DONE', { transactionReference: message.transactionReference });
      return;
    }
    this.step = 'FAILED';
    const code = message.payload.metainfo?.code ?? 0;
    // Three unusable captures in a row: say so, the generic text only says "stopped".
    this.liveMessage = code === 9836
      ? this.translate.instant('IDENTITY.LIVE.TOO_MANY_ATTEMPTS')
      : this.translate.instant('IDENTITY.LIVE.FAILED', { code });
  }
}
