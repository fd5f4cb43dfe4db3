// 3-D Secure challenge step of the checkout (Angular standalone component). The host listener takes the message's
// origin and its posted string as two arguments; the issuer's ACS runs in the US or the EU, depending on the card.
import { NgIf } from '@angular/common';
import { Component, EventEmitter, HostListener, Input, Output, inject } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

interface ChallengeMessage {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code?: number };
  };
}

const ACS_ORIGINS = new Set(['https://acs.cardguard-secure.com', 'https://acs-eu.cardguard-secure.com']);

@Component({
  selector: 'app-card-challenge',
  standalone: true,
  imports: [NgIf],
  template: `
    <section class="card-challenge">
      <iframe [src]="challengeUrl" title="Card verification" width="100%" height="480" allow="payment"></iframe>
      <p *ngIf="failedCode" class="card-challenge__error">Your bank stopped the payment (code {{ failedCode }}).</p>
    </section>
  `,
})
export class CardChallengeComponent {
  private readonly sanitizer = inject(DomSanitizer);

  challengeUrl: SafeResourceUrl | null = null;
  failedCode: number | null = null;

  @Input({ required: true }) set url(value: string) {
    this.challengeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(value);
  }

  @Output() readonly authorised = new EventEmitter<string>();

  @HostListener('window:message', ['$event.origin', '$event.data'])
  onChallengeMessage(origin: string, raw: unknown): void {
    if (!ACS_ORIGINS.has(origin) || typeof raw !== 'string') {
      return;
    }
    const message = JSON.parse(raw) as ChallengeMessage;
    switch (message.payload.value) {
      case 'success':
        this.authorised.emit(message.transactionReference);
        break;
      case 'error':
        this.failedCode = message.payload.metainfo?.code ?? null;
        break;
      default:
        break;
    }
  }
}
