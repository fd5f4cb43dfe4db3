// Card step: Adyen's 3-D Secure challenge, the window listener declared in the host metadata.
import { Component, EventEmitter, Input, Output } from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-challenge-frame',
  standalone: true,
  host: { '(window:message)': 'onMessage($event)' },
  template: `<iframe [src]="challengeUrl" allow="payment" width="400" height="600"></iframe>`,
})
export class ChallengeFrameComponent {
  @Input({ required: true }) challengeUrl!: SafeResourceUrl;
  @Output() authorised = new EventEmitter<string>();

  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.adyen.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.authorised.emit(data.transactionReference);
  }
}
