import { Directive, HostListener, output } from '@angular/core';

/** On the <iframe> that shows the Netverify web client: sets its permissions and re-emits its events. */
@Directive({
  selector: 'iframe[kycFrame]',
  standalone: true,
  host: {
    class: 'kyc-frame',
    allow: 'camera;fullscreen;accelerometer;gyroscope;magnetometer', allowfullscreen: '',
  },
})
export class KycFrameDirective {
  readonly verified = output<string>();

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
  }
}
