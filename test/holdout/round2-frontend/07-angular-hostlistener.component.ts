import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-netverify',
  template: `
    <div class="netverify">
      <iframe [src]="safeUrl" allow="camera;fullscreen" allowfullscreen width="100%" height="710"></iframe>
    </div>
  `,
})
export class NetverifyComponent {
  @Output() finished = new EventEmitter<string>();
  @Output() failed = new EventEmitter<number>();
  safeUrl!: SafeResourceUrl;

  constructor(private sanitizer: DomSanitizer) {}

  @Input() set redirectUrl(url: string) {
    this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (event.origin.indexOf('netverify.com') === -1) {
      return;
    }
    const data = JSON.parse(event.data);
    switch (data.payload.value) {
      case 'success':
        this.finished.emit(data.transactionReference);
        break;
      case 'error':
        this.failed.emit(data.payload.metainfo.code);
        break;
    }
  }
}
