import { Component, HostListener } from '@angular/core';

@Component({ selector: 'app-kyc', template: '<iframe [src]="url" allow="camera;fullscreen" allowfullscreen></iframe>' })
export class KycComponent {
  url = '';
  ref = '';
  @HostListener('window:message', ['$event.data'])
  onMessage(raw: string) {
    const data = JSON.parse(raw);
    if (data.payload.value === 'success') this.ref = data.transactionReference;
  }
}
