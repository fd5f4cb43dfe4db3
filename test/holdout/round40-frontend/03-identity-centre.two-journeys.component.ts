// Identity centre of the member settings (Angular 17, standalone). Two Jumio journeys live here, each with its own
// frame and its own listener, and the settings page opens one of them at a time:
// - updating an expired ID document (ID Verification): moved to the KYX web client with the account platform, so
//   its events already carry the account and workflow execution ids;
// - confirming it is really the member before a payout-details change (face authentication): still on the legacy
//   Netverify Authentication web client until every enrolment is mapped to its KYX account.
import { Component, EventEmitter, HostListener, Input, Output, signal } from '@angular/core';
import { SafeResourceUrl } from '@angular/platform-browser';

/** KYX web client events (ID Verification). */
interface DocumentCheckEvent {
  accountId: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

/** Netverify Authentication web client events (face check). */
interface FaceCheckEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
}

@Component({
  selector: 'app-identity-centre',
  standalone: true,
  template: `
    <section class="identity-centre">
      @if (documentCheckUrl) {
        <h2>Update your ID document</h2>
        <iframe class="identity-centre__frame" title="ID document check" [src]="documentCheckUrl" width="100%" height="680" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>
      }
      @if (faceCheckUrl) {
        <h2>Confirm it's you</h2>
        <iframe class="identity-centre__frame" title="Face check" [src]="faceCheckUrl" width="100%" height="680" allow="camera;fullscreen"></iframe>
      }
      @if (notice(); as text) {
        <p class="identity-centre__notice" role="status">{{ text }}</p>
      }
    </section>
  `,
})
export class IdentityCentreComponent {
  @Input() documentCheckUrl: SafeResourceUrl | null = null;
  @Input() faceCheckUrl: SafeResourceUrl | null = null;
  @Output() documentUpdated = new EventEmitter<{ accountId: string; workflowExecutionId: string }>();
  @Output() faceCheckPassed = new EventEmitter<string>();
  @Output() faceCheckFailed = new EventEmitter<{ reference: string; retry: boolean }>();

  readonly notice = signal<string | null>(null);

  @HostListener('window:message', ['$event'])
  onDocumentCheckMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.jumio.ai')) return;
    const message = JSON.parse(event.data) as DocumentCheckEvent;
    if (message.payload.value === 'success') {
      this.documentUpdated.emit({ accountId: message.accountId, workflowExecutionId: message.workflowExecutionId });
    } else if (message.payload.value === 'error') {
      // 9835: no acceptable submission in three attempts; the member can simply start again.
      const retry = message.payload.metainfo?.code === 9835;
      this.notice.set(retry ? 'We could not read your document. Please try again.' : 'The document check stopped.');
    }
  }

  @HostListener('window:message', ['$event'])
  onFaceCheckMessage(event: MessageEvent): void {
    if (!event.origin.endsWith('.netverify.com')) return;
    const message = JSON.parse(event.data) as FaceCheckEvent;
    if (message.payload.value === 'success') {
      this.faceCheckPassed.emit(message.transactionReference);
    } else if (message.payload.value === 'error') {
      // 9836: no acceptable submission in three attempts; the member can simply start again.
      const retry = message.payload.metainfo?.code === 9836;
      this.notice.set(retry ? 'We could not see your face clearly. Please try again.' : 'The face check stopped.');
      this.faceCheckFailed.emit({ reference: message.transactionReference, retry });
    }
  }
}
