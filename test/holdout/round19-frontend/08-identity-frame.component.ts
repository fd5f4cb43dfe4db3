import { Component, DestroyRef, OnInit, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DomSanitizer } from '@angular/platform-browser';
import { fromEvent } from 'rxjs';
import { filter, map } from 'rxjs/operators';

type IdentityEvent = {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
};

@Component({
  selector: 'app-identity-frame',
  standalone: true,
  template: `
    <iframe class="identity-frame" [src]="safeUrl()" title="Identity check" allow="camera;fullscreen" allowfullscreen></iframe>
  `,
})
export class IdentityFrameComponent implements OnInit {
  readonly url = input.required<string>();
  readonly verified = output<string>();
  readonly failed = output<number | undefined>();
  private readonly sanitizer = inject(DomSanitizer);
  private readonly destroyRef = inject(DestroyRef);

  safeUrl() {
    return this.sanitizer.bypassSecurityTrustResourceUrl(this.url());
  }

  ngOnInit(): void {
    fromEvent<MessageEvent>(window, 'message')
      .pipe(
        filter((event) => event.origin.includes('netverify.com')),
        map((event) => JSON.parse(event.data) as IdentityEvent),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((data) => {
        if (data.payload.value === 'success') this.verified.emit(data.transactionReference);
        if (data.payload.value === 'error') this.failed.emit(data.payload.metainfo?.code);
      });
  }
}
