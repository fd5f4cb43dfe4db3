import { AfterViewInit, Component, ElementRef, Input, OnDestroy, Renderer2, ViewChild } from '@angular/core';
import { KycService } from '../kyc.service';

@Component({
  selector: 'app-id-check',
  templateUrl: './id-check.component.html',
})
export class IdCheckComponent implements AfterViewInit, OnDestroy {
  @Input() redirectUrl!: string;
  @ViewChild('host', { static: true }) host!: ElementRef<HTMLDivElement>;
  private unlisten?: () => void;

  constructor(private renderer: Renderer2, private kyc: KycService) {}

  ngAfterViewInit(): void {
    const frame = this.renderer.createElement('iframe');
    this.renderer.setAttribute(frame, 'src', this.redirectUrl);
    this.renderer.setAttribute(frame, 'allow', 'camera;fullscreen');
    this.renderer.setAttribute(frame, 'allowfullscreen', '');
    this.renderer.appendChild(this.host.nativeElement, frame);

    this.unlisten = this.renderer.listen('window', 'message', (event: MessageEvent) => {
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        this.kyc.markCompleted(data.transactionReference).subscribe();
      }
    });
  }

  ngOnDestroy(): void {
    if (this.unlisten) this.unlisten();
  }
}
