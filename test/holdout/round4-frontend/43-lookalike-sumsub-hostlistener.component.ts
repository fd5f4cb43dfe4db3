import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';

// Sumsub WebSDK in an iframe (KYC provider for the EU entity).
@Component({
  selector: 'app-sumsub-frame',
  standalone: true,
  template: `<iframe [src]="url" allow="camera;fullscreen" allowfullscreen class="kyc-frame"></iframe>`,
})
export class SumsubFrameComponent {
  @Input({ required: true }) url!: string;
  @Output() submitted = new EventEmitter<string>();

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.sumsub.com')) return;
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.method === 'idCheck.onApplicantSubmitted') {
      this.submitted.emit(data.payload?.applicantId ?? data.transactionReference);
    }
  }
}
