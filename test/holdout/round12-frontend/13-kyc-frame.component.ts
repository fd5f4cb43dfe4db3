import { Component, ElementRef, HostListener, afterNextRender, input, output, viewChild, computed, inject } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';

// Angular 18 signals: viewChild() for the Netverify frame, output() for the result.
@Component({
  selector: 'app-kyc-frame',
  standalone: true,
  template: `<iframe #frame [src]="safeUrl()" title="Identity check" width="100%" height="660"></iframe>`,
})
export class KycFrameComponent {
  private readonly sanitizer = inject(DomSanitizer);
  readonly redirectUrl = input.required<string>();
  readonly verified = output<string>();
  readonly failed = output<number | undefined>();
  readonly safeUrl = computed(() => this.sanitizer.bypassSecurityTrustResourceUrl(this.redirectUrl()));
  private readonly frame = viewChild.required<ElementRef<HTMLIFrameElement>>('frame');

  constructor() {
    afterNextRender(() => {
      this.frame().nativeElement.setAttribute('allow', 'camera;fullscreen');
    });
  }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
    if (data.payload.value === 'error') this.failed.emit(data.payload.metainfo?.code);
  }
}
