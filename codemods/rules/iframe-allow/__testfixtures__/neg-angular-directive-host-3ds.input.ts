import { Directive, HostListener, output } from '@angular/core';

/** On the issuer's 3-D Secure challenge frame. */
@Directive({
  selector: 'iframe[threeDsChallenge]',
  standalone: true,
  host: { allow: 'payment;fullscreen' },
})
export class ThreeDsChallengeDirective {
  readonly done = output<string>();

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (event.origin !== 'https://acs.issuer-bank.example') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.done.emit(data.transactionReference);
  }
}
