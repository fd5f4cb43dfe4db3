import { Component, EventEmitter, Input, OnDestroy, OnInit, Output } from '@angular/core';
import { DomSanitizer, EventManager, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-kyc-frame',
  template: `<iframe [src]="safeUrl" allow="camera;fullscreen" allowfullscreen width="640" height="660"></iframe>`,
})
export class KycFrameComponent implements OnInit, OnDestroy {
  @Input() redirectUrl = '';
  @Output() verified = new EventEmitter<string>();
  safeUrl?: SafeResourceUrl;
  private removeListener?: () => void;

  constructor(private readonly events: EventManager, private readonly sanitizer: DomSanitizer) {}

  ngOnInit(): void {
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(this.redirectUrl);
    // Global listener through Angular's EventManager (runs inside the zone).
    this.removeListener = this.events.addGlobalEventListener('window', 'message', this.onMessage);
  }

  ngOnDestroy(): void {
    this.removeListener?.();
  }

  private onMessage = (event: MessageEvent): void => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
  };
}
