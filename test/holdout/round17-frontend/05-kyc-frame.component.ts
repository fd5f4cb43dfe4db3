// Angular 18 standalone component: the window taken from the DOCUMENT token, the listener removed through DestroyRef,
// the result emitted through output(); the frame's URL a required signal input.
import { Component, DestroyRef, inject, input, output } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'acme-kyc-frame',
  standalone: true,
  template: `<iframe [src]="url()" title="Identity verification" width="100%" height="720" allow="camera;fullscreen"></iframe>`,
})
export class KycFrameComponent {
  readonly url = input.required<SafeResourceUrl>();
  readonly verified = output<string>();
  readonly failed = output<number>();

  constructor() {
    const win = inject(DOCUMENT).defaultView!;
    const onMessage = (event: MessageEvent) => {
      if (!event.origin.endsWith('netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
      else if (data.payload.value === 'error') this.failed.emit(data.payload.metainfo.code);
    };
    win.addEventListener('message', onMessage);
    inject(DestroyRef).onDestroy(() => win.removeEventListener('message', onMessage));
  }
}
