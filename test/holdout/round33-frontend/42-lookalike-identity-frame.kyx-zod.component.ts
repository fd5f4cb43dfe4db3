// Identity step of the onboarding wizard (Angular standalone component), on the KYX web client since the spring
// release. The frame's messages are validated with a zod schema before the wizard moves on; the tenant's web client
// runs in the EU region.
import { NgIf } from '@angular/common';
import { Component, DestroyRef, EventEmitter, Input, OnInit, Output, Renderer2, inject } from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { z } from 'zod';

const FRAME_ORIGINS = ['https://acme.web.emea-1.jumio.ai'] as const;

const FRAME_STATUSES = ['loaded', 'success', 'error'] as const;

const IdentityFrameEventSchema = z.object({
  workflowExecutionId: z.string().min(1),
  accountId: z.string().min(1),
  customerInternalReference: z.string().optional(),
  authorizationToken: z.string().optional(),
  eventType: z.number().int(),
  dateTime: z.string(),
  payload: z.object({
    value: z.enum(FRAME_STATUSES),
    metainfo: z.object({ code: z.number().int() }).optional(),
  }),
});

type IdentityFrameEvent = z.infer<typeof IdentityFrameEventSchema>;

@Component({
  selector: 'app-identity-frame',
  standalone: true,
  imports: [NgIf],
  template: `
    <iframe *ngIf="frameUrl" [src]="frameUrl" title="Identity check" width="100%" height="720" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>
    <p *ngIf="authenticationFailed" class="identity-step__hint">We could not confirm it is you. Please contact support.</p>
  `,
})
export class IdentityFrameComponent implements OnInit {
  private readonly renderer = inject(Renderer2);
  private readonly destroyRef = inject(DestroyRef);
  private readonly sanitizer = inject(DomSanitizer);

  frameUrl: SafeResourceUrl | null = null;
  authenticationFailed = false;

  @Input({ required: true }) set url(value: string) {
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(value);
  }

  @Output() readonly verified = new EventEmitter<{ workflowExecutionId: string; accountId: string }>();

  ngOnInit(): void {
    const unlisten = this.renderer.listen('window', 'message', (event: MessageEvent) => this.onFrameMessage(event));
    this.destroyRef.onDestroy(unlisten);
  }

  private onFrameMessage(event: MessageEvent): void {
    if (!(FRAME_ORIGINS as readonly string[]).includes(event.origin)) return;
    let message: IdentityFrameEvent;
    try {
      message = IdentityFrameEventSchema.parse(JSON.parse(event.data));
    } catch {
      return;
    }
    if (message.payload.value === 'success') {
      this.verified.emit({ workflowExecutionId: message.workflowExecutionId, accountId: message.accountId });
    } else if (message.payload.value === 'error') {
      this.authenticationFailed = message.payload.metainfo?.code === 9836;
    }
  }
}
