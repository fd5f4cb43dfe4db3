import { Directive, HostListener, output } from '@angular/core';

/** Put on the <iframe> that shows the Netverify web client: re-emits its window messages as outputs. */
@Directive({
  selector: 'iframe[kycFrameEvents]',
  standalone: true,
  host: { allow: 'camera;fullscreen', allowfullscreen: '' },
})
export class KycFrameEventsDirective {
  readonly verified = output<string>();
  readonly failed = output<number | undefined>();

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    if (data.payload.value === 'error') this.failed.emit(data.payload.metainfo?.code);
  }
}
