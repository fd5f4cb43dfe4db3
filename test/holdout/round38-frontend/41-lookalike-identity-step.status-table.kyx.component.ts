// Identity step of the loan application (Angular 18, standalone, OnPush), on the KYX web client since the platform
// move. The application shell passes the sanitized web.href of the account call; the step reacts to the web
// client's status events through one reaction per status. The table is keyed like our analytics events (upper
// case), so the status is normalised before the lookup.
import { ChangeDetectionStrategy, Component, HostListener, input, output, signal } from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

/** What the web client posts to the embedding page. */
interface WebClientEvent {
  authorizationToken: string;
  accountId: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

type WebClientStatus = 'LOADED' | 'SUCCESS' | 'ERROR';
type StatusReaction = (step: IdentityStepComponent, frameEvent: WebClientEvent) => void;

const STATUS_REACTIONS: Record<WebClientStatus, StatusReaction> = {
  LOADED: (step) => step.loading.set(false),
  SUCCESS: (step, frameEvent) => step.verified.emit(frameEvent.workflowExecutionId),
  ERROR: (step, frameEvent) =>
    step.failed.emit({ reference: frameEvent.workflowExecutionId, code: frameEvent.payload.metainfo?.code ?? null }),
};

@Component({
  selector: 'app-identity-step',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="identity-step">
      @if (loading()) {
        <p class="identity-step__loading">Loading the identity check…</p>
      }
      <iframe class="identity-step__frame" title="Identity verification" [src]="frameUrl()" width="100%" height="700" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>
    </section>
  `,
})
export class IdentityStepComponent {
  readonly frameUrl = input.required<SafeResourceUrl>();
  readonly verified = output<string>();
  readonly failed = output<{ reference: string; code: number | null }>();
  readonly loading = signal(true);

  @HostListener('window:message', ['$event'])
  onWindowMessage(event: MessageEvent): void {
    if (!new URL(event.origin).hostname.endsWith('.jumio.ai')) return;
    let frameEvent: WebClientEvent;
    try {
      frameEvent = JSON.parse(event.data);
    } catch {
      return;
    }
    const status = frameEvent.payload.value.toUpperCase() as WebClientStatus;
    STATUS_REACTIONS[status]?.(this, frameEvent);
  }
}
