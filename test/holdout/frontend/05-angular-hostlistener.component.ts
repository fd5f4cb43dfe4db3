import { Component, EventEmitter, HostListener, Output } from '@angular/core';

@Component({
  selector: 'app-jumio-frame',
  template: `<iframe [src]="url | safe" allow="camera;fullscreen" allowfullscreen></iframe>`,
})
export class JumioFrameComponent {
  @Output() verified = new EventEmitter<string>();
  @Output() failed = new EventEmitter<number>();
  url = '';

  // receiveMessage(event) {
  //   var data = window.JSON.parse(event.data);
  //   console.log('transaction reference:', data.transactionReference);
  // }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent) {
    if (!event.origin.endsWith('netverify.com')) {
      return;
    }
    let data: any;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    const { transactionReference, payload } = data;
    if (payload.value === 'success') {
      this.verified.emit(transactionReference);
    } else if (payload.value === 'error') {
      this.failed.emit(payload.metainfo?.code);
    }
  }
}
