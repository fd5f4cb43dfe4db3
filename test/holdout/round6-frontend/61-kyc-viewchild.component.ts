import { AfterViewInit, Component, ElementRef, HostListener, Input, ViewChild } from '@angular/core';

@Component({
  selector: 'app-kyc-viewchild',
  template: `<iframe #kycFrame title="Identity check"></iframe>`,
})
export class KycViewChildComponent implements AfterViewInit {
  @Input() redirectUrl = '';
  @ViewChild('kycFrame') kycFrame!: ElementRef<HTMLIFrameElement>;

  ngAfterViewInit(): void {
    const frame = this.kycFrame.nativeElement;
    frame.setAttribute('allow', 'camera;fullscreen');
    frame.src = this.redirectUrl;
  }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') sessionStorage.setItem('kycRef', data.transactionReference);
  }
}
