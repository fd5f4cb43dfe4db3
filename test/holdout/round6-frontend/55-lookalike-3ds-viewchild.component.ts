import { AfterViewInit, Component, ElementRef, HostListener, ViewChild } from '@angular/core';

@Component({
  selector: 'app-card-challenge',
  template: `<iframe #challenge title="Card verification"></iframe>`,
})
export class CardChallengeComponent implements AfterViewInit {
  @ViewChild('challenge') challenge!: ElementRef<HTMLIFrameElement>;
  acsUrl = '';

  ngAfterViewInit(): void {
    this.challenge.nativeElement.setAttribute('allow', 'payment');
    this.challenge.nativeElement.src = this.acsUrl;
  }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (event.origin !== 'https://acs.cardissuer.example') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.complete(data.transactionReference);
  }

  complete(ref: string): void {
    console.log('3-D Secure done', ref);
  }
}
