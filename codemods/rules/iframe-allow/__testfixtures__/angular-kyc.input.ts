import { Component, HostListener, Input } from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

@Component({ selector: 'app-kyc', templateUrl: './angular-kyc.input.html' })
export class KycComponent {
  @Input() url?: SafeResourceUrl;
  @Input() helpVideo?: SafeResourceUrl;
  reference = '';

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    const data = window['JSON'].parse(event.data);
    this.reference = data.transactionReference;
    if (data.payload.value === 'error') console.error(data.payload.metainfo.code);
  }
}
