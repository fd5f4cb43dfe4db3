// <wexford-face-check frame-url="…"> — Wexford Mutual's face check before a claim is paid into a bank account the
// policyholder has not used with us before (Stencil 4, published in @wexford/claims-components). The claims app
// (React) and the broker portal (Angular) set `frame-url` from the Netverify session our claims API opens and listen
// to the two events below.
import { Component, Event, EventEmitter, Host, Listen, Prop, State, h } from '@stencil/core';

/** Our white-label web client in the London data centre ("wexford" in the Customer Portal). */
const WEB_CLIENT_ORIGIN = 'https://wexford.lon.netverify.com';

/** What the web client posts to this window, as a JSON string. */
interface WebClientMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** Detail of `wexfordFaceCheckCompleted`. The claims API stores `transactionReference` with the payout. */
export interface FaceCheckCompletedDetail {
  transactionReference: string;
  completedAt: string;
}

/** Detail of `wexfordFaceCheckFailed`. */
export interface FaceCheckFailedDetail {
  code: number | null;
  attemptsExhausted: boolean;
}

@Component({ tag: 'wexford-face-check', styleUrl: 'wexford-face-check.css', shadow: true })
export class WexfordFaceCheck {
  /** The web client URL of the session our claims API opened. */
  @Prop() frameUrl!: string;

  @State() phase: 'loading' | 'capturing' | 'checking' | 'failed' = 'loading';

  @Event({ eventName: 'wexfordFaceCheckCompleted', bubbles: true, composed: true })
  completed!: EventEmitter<FaceCheckCompletedDetail>;

  @Event({ eventName: 'wexfordFaceCheckFailed', bubbles: true, composed: true })
  failed!: EventEmitter<FaceCheckFailedDetail>;

  @Listen('message', { target: 'window' })
  onWindowMessage(ev: MessageEvent<string>) {
    if (ev.origin !== WEB_CLIENT_ORIGIN) return;
    const message = JSON.parse(ev.data) as WebClientMessage;

    if (message.payload.value === 'loaded') {
      this.phase = 'capturing';
    } else if (message.payload.value === 'success') {
      this.phase = 'checking';
      this.completed.emit({ transactionReference: message.transactionReference, completedAt: message.dateTime });
    } else {
      const code = message.payload.metainfo?.code ?? null;
      this.phase = 'failed';
      // Three captures and none usable: the claim goes to a handler for a video call instead of another try.
      this.failed.emit({ code, attemptsExhausted: code === 9836 });
    }
  }

  render() {
    return (
      <Host>
        {this.phase === 'loading' && <p class="hint">Loading the face check…</p>}
        {this.phase === 'checking' && <p class="hint">Thanks, we are checking your photo.</p>}
        {this.phase !== 'failed' && <iframe src={this.frameUrl} title="Face check" allow="camera;fullscreen" />}
      </Host>
    );
  }
}
