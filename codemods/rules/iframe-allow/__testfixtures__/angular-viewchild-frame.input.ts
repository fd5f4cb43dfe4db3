import { AfterViewInit, Component, ElementRef, HostListener, ViewChild } from '@angular/core';

@Component({
  selector: 'app-kyc',
  template: `<iframe #kycFrame title="Identity check" allow="camera;fullscreen" allowfullscreen></iframe>`,
})
export class KycComponent implements AfterViewInit {
  @ViewChild('kycFrame') kycFrame!: ElementRef;
  redirectUrl = '';

  ngAfterViewInit(): void {
    const frame = this.kycFrame.nativeElement;
    frame.setAttribute('allow', 'camera;fullscreen');
    frame.src = this.redirectUrl;
  }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    console.log('transaction reference:', data.transactionReference);
  }
}
