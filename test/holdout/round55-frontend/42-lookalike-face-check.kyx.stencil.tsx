// <wexford-pet-face-check frame-url="…"> — Wexford Mutual Pet's face check before a claim is paid into a bank account
// the policyholder has not used with us before (Stencil 4, published in @wexford-pet/claims-components), on the KYX
// web client. The pet claims app (React) sets `frame-url` from `web.href` of the account our claims API updates and
// listens to the two events below.
import { Component, Event, EventEmitter, Host, Listen, Prop, State, h } from '@stencil/core';

/** Our white-label web client in the EMEA region ("wexford" in the Customer Portal). */
const WEB_CLIENT_ORIGIN = 'https://wexford.web.emea-1.jumio.ai';

/** What the web client posts to this window, as a JSON string. */
interface WebClientMessage {
  accountId: string;
  authorizationToken: string;
  workflowExecutionId: string;
  customerInternalReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** Detail of `wexfordPetFaceCheckCompleted`. The claims API stores both ids with the payout. */
export interface FaceCheckCompletedDetail {
  accountId: string;
  workflowExecutionId: string;
  completedAt: string;
}

/** Detail of `wexfordPetFaceCheckFailed`. */
export interface FaceCheckFailedDetail {
  code: number | null;
  notAccountHolder: boolean;
}

@Component({ tag: 'wexford-pet-face-check', styleUrl: 'wexford-pet-face-check.css', shadow: true })
export class WexfordPetFaceCheck {
  /** `web.href` of the account our claims API updated. */
  @Prop() frameUrl!: string;

  @State() phase: 'loading' | 'capturing' | 'checking' | 'failed' = 'loading';

  @Event({ eventName: 'wexfordPetFaceCheckCompleted', bubbles: true, composed: true })
  completed!: EventEmitter<FaceCheckCompletedDetail>;

  @Event({ eventName: 'wexfordPetFaceCheckFailed', bubbles: true, composed: true })
  failed!: EventEmitter<FaceCheckFailedDetail>;

  @Listen('message', { target: 'window' })
  onWindowMessage(ev: MessageEvent<string>) {
    if (ev.origin !== WEB_CLIENT_ORIGIN) return;
    const message = JSON.parse(ev.data) as WebClientMessage;

    if (message.payload.value === 'loaded') {
      this.phase = 'capturing';
    } else if (message.payload.value === 'success') {
      this.phase = 'checking';
      this.completed.emit({ accountId: message.accountId, workflowExecutionId: message.workflowExecutionId, completedAt: message.dateTime });
    } else {
      const code = message.payload.metainfo?.code ?? null;
      this.phase = 'failed';
      // 9836 is an authentication failure (not the policyholder): the claim goes to the fraud team.
      this.failed.emit({ code, notAccountHolder: code === 9836 });
    }
  }

  render() {
    return (
      <Host>
        {this.phase === 'loading' && <p class="hint">Loading the face check…</p>}
        {this.phase === 'checking' && <p class="hint">Thanks, we are checking your photo.</p>}
        {this.phase !== 'failed' && (
          <iframe src={this.frameUrl} title="Face check" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen />
        )}
      </Host>
    );
  }
}
