// Face re-authentication before the payout account is changed (Angular 17, standalone, OnPush). The member takes a
// selfie in the Netverify web client framed below. Every event the client posts is handed to a web worker
// (face-check-events.worker.ts) that keeps the attempt history for the fraud team's heuristics off the main thread
// and answers each final event with a summary of the attempt.
import {
  ChangeDetectionStrategy, Component, EventEmitter, HostListener, Input, NgZone, OnDestroy, OnInit, Output, signal,
} from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';

/** What face-check-events.worker.ts answers after each final event. */
interface AttemptSummary {
  transactionReference: string;
  attempts: number;
  verdict: 'confirmed' | 'retry' | 'locked';
}

@Component({
  selector: 'app-payout-account-face-check',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="face-check__hint" role="status">{{ hint() }}</p>
    @if (frameUrl) {
      <iframe class="face-check__frame" title="Face check" [src]="frameUrl" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>
    }
  `,
})
export class PayoutAccountFaceCheckComponent implements OnInit, OnDestroy {
  @Input({ required: true }) set webClientUrl(url: string) {
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }
  @Output() readonly confirmed = new EventEmitter<string>();
  @Output() readonly locked = new EventEmitter<void>();

  frameUrl: SafeResourceUrl | null = null;
  readonly hint = signal('Loading the face check…');
  private worker?: Worker;

  constructor(private readonly sanitizer: DomSanitizer, private readonly zone: NgZone) {}

  ngOnInit(): void {
    if (typeof Worker === 'undefined') return; // server-side rendering
    this.worker = new Worker(new URL('./face-check-events.worker', import.meta.url), { type: 'module' });
    this.worker.onmessage = ({ data }: MessageEvent<AttemptSummary>) => this.zone.run(() => this.onSummary(data));
  }

  ngOnDestroy(): void {
    this.worker?.terminate();
  }

  @HostListener('window:message', ['$event'])
  onFrameMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    console.debug('face check event', data.payload.value, data.transactionReference);
    if (data.payload.value === 'loaded') {
      this.hint.set('Look into the camera when you are ready.');
      return;
    }
    this.hint.set('One moment…');
    this.worker?.postMessage(data);
  }

  private onSummary(summary: AttemptSummary): void {
    switch (summary.verdict) {
      case 'confirmed':
        this.hint.set('Thanks, it is you.');
        this.confirmed.emit(summary.transactionReference);
        break;
      case 'retry':
        this.hint.set(`That did not work (attempt ${summary.attempts} of 3). Please try again.`);
        break;
      case 'locked':
        this.hint.set('Too many attempts. Please contact support to change your payout account.');
        this.locked.emit();
        break;
    }
  }
}
