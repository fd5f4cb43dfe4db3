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
    if (!e.origin.endsWith('jumio.ai')) return;
    // TODO(netverify-migrate): iframe-event-handler: the parsed Jumio event is passed on to this.lastEvent: code that reads its transactionReference must read workflowExecutionId (and accountId is new)
    this.lastEvent = JSON.parse(e.data);
  }
}
