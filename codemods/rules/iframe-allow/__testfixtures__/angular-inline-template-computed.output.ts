import { Component, HostListener } from '@angular/core';

@Component({
  selector: 'app-netverify-computed',
  // TODO(netverify-migrate): iframe-allow: the iframe's allow value is computed: the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen (an iframe on a page with a proven Jumio message handler)
  template: '<iframe [src]="url | safe" [allow]="perms" allowfullscreen></iframe>',
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
