// step-up.component.ts — Wexcombe Insurance, claims portal: a face check before a claim is paid to a new account.
// The KYX web client is switched on per policyholder by the LaunchDarkly flag "kyx-step-up", read through our
// FeatureFlags wrapper around the LaunchDarkly JS SDK's variation(). Flag off: the legacy Netverify face check. Only
// the listener of the web client actually embedded is attached.
import { Component, EventEmitter, Input, OnChanges, OnDestroy, OnInit, Output, Renderer2, inject } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { FeatureFlags } from '../core/feature-flags.service';

/** Netverify Authentication web client events (flag off). */
interface LegacyStepUpEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

/** KYX web client events (flag on). */
interface KyxStepUpEvent {
  accountId: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

/** Our claims API's answer: the KYX account's web.href, or the legacy redirectUrl. */
export type StepUpSession = { web: { href: string } } | { redirectUrl: string };

@Component({
  selector: 'wx-step-up',
  standalone: true,
  template: `
    <h2>Confirm it's you</h2>
    @if (frameUrl) {
      <iframe class="step-up__frame" title="Face check" [src]="frameUrl" width="100%" height="640" allow="camera;fullscreen"></iframe>
    }
  `,
})
export class StepUpComponent implements OnInit, OnChanges, OnDestroy {
  @Input({ required: true }) session!: StepUpSession;
  @Output() passed = new EventEmitter<string>();
  @Output() failed = new EventEmitter<{ code: number | null; canRetry: boolean }>();

  frameUrl: SafeResourceUrl | null = null;

  private readonly renderer = inject(Renderer2);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly flags = inject(FeatureFlags);
  private unlisten?: () => void;

  ngOnChanges(): void {
    const url = 'web' in this.session ? this.session.web.href : this.session.redirectUrl;
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }

  ngOnInit(): void {
    if (this.flags.variation('kyx-step-up', false)) {
      this.unlisten = this.renderer.listen('window', 'message', (event: MessageEvent) => this.onKyxMessage(event));
    } else {
      this.unlisten = this.renderer.listen('window', 'message', (event: MessageEvent) => this.onLegacyMessage(event));
    }
  }

  ngOnDestroy(): void {
    this.unlisten?.();
  }

  private onKyxMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const message = JSON.parse(event.data) as KyxStepUpEvent;
    if (message.payload.value === 'success') {
      this.passed.emit(message.workflowExecutionId);
    } else if (message.payload.value === 'error') {
      const code = message.payload.metainfo?.code ?? null;
      // KYX 9836: the face did not match the one on file; no second try.
      this.failed.emit({ code, canRetry: code !== 9836 });
    }
  }

  private onLegacyMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const message = JSON.parse(event.data) as LegacyStepUpEvent;
    if (message.payload.value === 'success') {
      this.passed.emit(message.transactionReference);
    } else if (message.payload.value === 'error') {
      const code = message.payload.metainfo?.code ?? null;
      // Netverify 9836: no acceptable capture in three attempts; a fresh session may work.
      this.failed.emit({ code, canRetry: code === 9836 });
    }
  }
}
