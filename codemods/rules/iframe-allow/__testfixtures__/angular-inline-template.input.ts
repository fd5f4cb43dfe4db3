import { Component, HostListener, Input } from '@angular/core';

@Component({
  selector: 'app-netverify',
  template: `
    <div class="netverify">
      <iframe [src]="url | safe" allow="camera;fullscreen" width="100%" height="710"></iframe>
    </div>
  `,
})
export class NetverifyComponent {
  @Input() url = '';

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent) {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    console.log(data.transactionReference);
  }
}
