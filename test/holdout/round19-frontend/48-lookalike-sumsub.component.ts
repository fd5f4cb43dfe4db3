import { Component, EventEmitter, HostListener, Input, Output } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-sumsub-frame',
  template: `<iframe *ngIf="frameUrl" [src]="frameUrl" allow="camera; microphone; fullscreen" allowfullscreen></iframe>`,
})
export class SumsubFrameComponent {
  @Input() set url(value: string) {
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(value);
  }
  @Output() completed = new EventEmitter<string>();
  frameUrl?: SafeResourceUrl;

  constructor(private readonly sanitizer: DomSanitizer) {}

  @HostListener('window:message', ['$event'])
  onFrameMessage(event: MessageEvent): void {
    if (event.origin !== 'https://api.sumsub.com') return;
    const data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.payload?.value === 'success') this.completed.emit(data.transactionReference);
  }
}
