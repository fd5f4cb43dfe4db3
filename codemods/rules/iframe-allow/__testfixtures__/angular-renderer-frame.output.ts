import { AfterViewInit, Component, ElementRef, Input, Renderer2, ViewChild } from '@angular/core';

@Component({ selector: 'app-id-check', template: '<div #host></div>' })
export class IdCheckComponent implements AfterViewInit {
  @Input() redirectUrl!: string;
  @ViewChild('host', { static: true }) host!: ElementRef<HTMLDivElement>;

  constructor(private renderer: Renderer2) {}

  ngAfterViewInit(): void {
    const frame = this.renderer.createElement('iframe');
    // TODO(netverify-migrate): iframe-allow: the KYX web client must not be injected at runtime: put its <iframe> in the page markup (vendor guide)
    this.renderer.setAttribute(frame, 'src', this.redirectUrl);
    this.renderer.setAttribute(frame, 'allow', 'camera;fullscreen;accelerometer;gyroscope;magnetometer');
    this.renderer.setAttribute(frame, 'allowfullscreen', '');
    this.renderer.appendChild(this.host.nativeElement, frame);
    window.addEventListener('message', (event) => {
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') console.log(data.transactionReference);
    });
  }
}
