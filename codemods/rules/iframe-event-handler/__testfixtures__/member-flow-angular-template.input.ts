import { Component, HostListener, Input } from '@angular/core';

// The parsed event kept on a public member of an Angular component: its template reads it. Flagged.
@Component({
  selector: 'app-kyc',
  template: `
    <iframe [src]="url" allow="camera;fullscreen"></iframe>
    <p *ngIf="lastEvent">Status {{ lastEvent.payload.value }} ({{ lastEvent.transactionReference }})</p>
  `,
})
export class KycComponent {
  @Input() url = '';
  lastEvent: any = null;

  @HostListener('window:message', ['$event'])
  onMessage(e: MessageEvent) {
    if (!e.origin.endsWith('netverify.com')) return;
    this.lastEvent = JSON.parse(e.data);
  }
}
