// Identity check frame of the "raise your limit" flow. Mounts the Jumio (Netverify) web client into the page,
// shows our own copy for its error events and reports them to Sentry (project web-app, team onboarding).
import * as Sentry from '@sentry/browser';

interface NetverifyMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export interface IdentityFrameOptions {
  onVerified(reference: string): void;
  onExpired(): void;
}

// Copy shown under the frame for the Jumio web client's error codes (payload.metainfo.code). Reviewed by
// compliance in March; change it only together with the help-centre article "Trouble with the identity check".
const JUMIO_ERROR_COPY = new Map<number, string>([
  [9100, 'Our verification partner is having trouble. Please try again in a few minutes.'],
  [9200, 'This check has timed out. We are starting a new one.'],
  [9210, 'This check has timed out. We are starting a new one.'],
  [9300, 'Your photos did not reach us. Check your connection and try again.'],
  [9800, 'You seem to be offline. Check your connection and try again.'],
  [9820, 'We cannot use your camera. Allow camera access for this site and try again.'],
  [9821, 'We could not capture your face. Please try again in good light.'],
  [9836, 'We could not accept your photos after three tries. Please start again.'],
]);
const FALLBACK_COPY = 'The identity check stopped. Please try again later.';

export class IdentityFrame {
  private readonly frame: HTMLIFrameElement;
  private readonly status: HTMLParagraphElement;

  constructor(private readonly host: HTMLElement, private readonly options: IdentityFrameOptions) {
    this.frame = document.createElement('iframe');
    this.frame.setAttribute('allow', 'camera; fullscreen');
    this.frame.setAttribute('allowfullscreen', '');
    this.frame.title = 'Identity check';
    this.frame.className = 'identity-frame';
    this.status = document.createElement('p');
    this.status.setAttribute('role', 'status');
    this.host.append(this.frame, this.status);
  }

  open(redirectUrl: string): void {
    this.status.textContent = '';
    this.frame.src = redirectUrl;
    window.addEventListener('message', this.onMessage);
  }

  close(): void {
    window.removeEventListener('message', this.onMessage);
    this.frame.src = 'about:blank';
  }

  private readonly onMessage = (event: MessageEvent<string>): void => {
    const { hostname } = new URL(event.origin);
    if (!hostname.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data) as NetverifyMessage;

    if (data.payload.value === 'success') {
      this.close();
      this.options.onVerified(data.transactionReference);
      return;
    }
    if (data.payload.value !== 'error') return;

    const code = data.payload.metainfo?.code ?? 9400;
    if (code === 9200 || code === 9210) {
      this.close();
      this.options.onExpired();
      return;
    }
    this.status.textContent = JUMIO_ERROR_COPY.get(code) ?? FALLBACK_COPY;
    if (code === 9820) this.status.append(' ', this.cameraHelpLink());

    // Three unusable captures are the member's doing, not an outage: keep them out of the alerting budget.
    Sentry.captureMessage(`identity frame error ${code}`, {
      level: code === 9836 ? 'info' : 'error',
      tags: { 'jumio.error_code': String(code) },
      extra: { reference: data.transactionReference },
    });
  };

  private cameraHelpLink(): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = '/help/camera-access';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'How to allow camera access';
    return link;
  }
}
