import { Component, EventEmitter, Input, OnDestroy, OnInit, Output } from '@angular/core';
import { DomSanitizer, EventManager, SafeResourceUrl } from '@angular/platform-browser';

// Adyen 3-D Secure 2 challenge frame.
@Component({
  selector: 'app-threeds-frame',
  template: `<iframe [src]="safeUrl" allow="payment" width="500" height="600"></iframe>`,
})
export class ThreeDsFrameComponent implements OnInit, OnDestroy {
  @Input() challengeUrl = '';
  @Output() authorised = new EventEmitter<string>();
  safeUrl?: SafeResourceUrl;
  private removeListener?: () => void;

  constructor(private readonly events: EventManager, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(this.challengeUrl);
    this.removeListener = this.events.addGlobalEventListener('window', 'message', this.onMessage);
  }

  ngOnDestroy(): void {
    this.removeListener?.();
  }

  private onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.adyen.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.authorised.emit(data.transactionReference);
  };
}
