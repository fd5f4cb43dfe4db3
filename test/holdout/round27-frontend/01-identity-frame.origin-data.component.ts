// Identity step of the onboarding flow (Angular standalone component). The host listener takes the message's origin
// and its posted string as two arguments; the check runs in the US or the EU data centre, depending on the tenant.
import { NgIf } from '@angular/common';
import { Component, EventEmitter, HostListener, Input, Output, inject } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

interface IdentityFrameMessage {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code?: number };
  };
}

const FRAME_ORIGINS = new Set(['https://acme.netverify.com', 'https://acme.lon.netverify.com']);

@Component({
  selector: 'app-identity-frame',
  standalone: true,
  imports: [NgIf],
  template: `
    <section class="identity-step">
      <iframe [src]="frameUrl" title="Identity check" width="100%" height="720" allow="camera;fullscreen"></iframe>
      <p *ngIf="failedCode" class="identity-step__error">The check stopped (code {{ failedCode }}).</p>
    </section>
  `,
})
export class IdentityFrameComponent {
  private readonly sanitizer = inject(DomSanitizer);

  frameUrl: SafeResourceUrl | null = null;
  failedCode: number | null = null;

  @Input({ required: true }) set url(value: string) {
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(value);
  }

  @Output() readonly completed = new EventEmitter<string>();

  @HostListener('window:message', ['$event.origin', '$event.data'])
  onFrameMessage(origin: string, raw: unknown): void {
    if (!FRAME_ORIGINS.has(origin) || typeof raw !== 'string') {
      return;
    }
    const message = JSON.parse(raw) as IdentityFrameMessage;
    switch (message.payload.value) {
      case 'success':
        this.completed.emit(message.transactionReference);
        break;
      case 'error':
        this.failedCode = message.payload.metainfo?.code ?? null;
        break;
      default:
        break;
    }
  }
}
