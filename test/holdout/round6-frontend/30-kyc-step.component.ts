import { Component, DestroyRef, EventEmitter, Output, inject, input } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { DomSanitizer } from '@angular/platform-browser';

@Component({
  selector: 'app-kyc-step',
  standalone: true,
  template: `
    <iframe [src]="safeUrl()" title="Identity check" allow="camera;fullscreen" allowfullscreen></iframe>
  `,
})
export class KycStepComponent {
  readonly redirectUrl = input.required<string>();
  @Output() readonly verified = new EventEmitter<string>();

  private readonly sanitizer = inject(DomSanitizer);
  private readonly win = inject(DOCUMENT).defaultView!;

  constructor() {
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    };
    this.win.addEventListener('message', onMessage);
    inject(DestroyRef).onDestroy(() => this.win.removeEventListener('message', onMessage));
  }

  safeUrl() {
    return this.sanitizer.bypassSecurityTrustResourceUrl(this.redirectUrl());
  }
}
