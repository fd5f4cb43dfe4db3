import { Component, HostListener } from '@angular/core';

@Component({
  selector: 'app-netverify-computed',
  template: '<iframe [src]="url | safe" [allow]="perms"></iframe>',
})
export class NetverifyComputedComponent {
  url = '';
  perms = 'camera;fullscreen';

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent) {
    if (!event.origin.endsWith('.netverify.com')) return;
    console.log(JSON.parse(event.data).transactionReference);
  }
}
