import { Component, ElementRef, HostListener, afterNextRender, output, viewChild } from '@angular/core';

// Angular 17.2+ signal query: this.frame() is the template's <iframe #frame>.
@Component({
  selector: 'app-kyc-frame',
  template: `<iframe #frame [src]="url" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>`,
})
export class KycFrameComponent {
  url = '';
  readonly verified = output<string>();
  private readonly frame = viewChild.required<ElementRef<HTMLIFrameElement>>('frame');

  constructor() {
    afterNextRender(() => {
      this.frame().nativeElement.setAttribute('allow', 'camera;fullscreen');
      this.frame().nativeElement.setAttribute('allowfullscreen', '');
    });
  }

  @HostListener('window:message', ['$event'])
  onMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.verified.emit(data.workflowExecutionId);
  }
}
