// Fernbank online banking: the face check behind "change your registered address".
// The banking app's CSP allows no third-party frames, so the Jumio web client opens in a popup window instead.
// Its events reach this window from the popup; once the member is done, the client sends the popup to our
// success/error URL (/security/face-check/done, 02-face-check-done.html), which reports the outcome here and closes.
// Only messages coming from the popup itself are considered (event.source), whichever page it is showing.

interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

/** What /security/face-check/done posts back before it closes the popup. */
interface DonePageMessage {
  type: 'fernbank:face-check-done';
  status: 'SUCCESS' | 'ERROR' | null;
  reference: string | null;
  errorCode: string | null;
}

export type FaceCheckOutcome =
  | { kind: 'submitted'; reference: string }
  | { kind: 'failed'; code: number | null; tooManyAttempts: boolean }
  | { kind: 'closed' };

export async function runFaceCheckPopup(onProgress: (text: string) => void): Promise<FaceCheckOutcome> {
  const res = await fetch('/api/security/face-check', { method: 'POST', credentials: 'same-origin' });
  if (!res.ok) throw new Error(`face check session: HTTP ${res.status}`);
  const { redirectUrl } = (await res.json()) as { redirectUrl: string };
  const webClientOrigin = new URL(redirectUrl).origin;

  const popup = window.open(redirectUrl, 'jumio', 'popup,width=520,height=760');
  if (!popup) throw new Error('popup blocked');

  return new Promise<FaceCheckOutcome>((resolve) => {
    let reference: string | null = null;

    const finish = (outcome: FaceCheckOutcome) => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(closedPoll);
      if (!popup.closed) popup.close();
      resolve(outcome);
    };

    function onMessage(event: MessageEvent) {
      if (event.source !== popup) return;

      if (event.origin === webClientOrigin) {
        const data = JSON.parse(event.data) as WebClientEvent;
        if (data.payload.value === 'loaded') {
          onProgress('Follow the instructions in the new window.');
        } else if (data.payload.value === 'success') {
          reference = data.transactionReference;
          onProgress('Thanks, just finishing off…');
        } else {
          const code = data.payload.metainfo?.code ?? null;
          finish({ kind: 'failed', code, tooManyAttempts: code === 9836 });
        }
        return;
      }

      if (event.origin === window.location.origin && event.data?.type === 'fernbank:face-check-done') {
        const done = event.data as DonePageMessage;
        if (done.status === 'SUCCESS') {
          finish({ kind: 'submitted', reference: done.reference ?? reference ?? '' });
        } else {
          finish({ kind: 'failed', code: done.errorCode ? Number(done.errorCode) : null, tooManyAttempts: false });
        }
      }
    }

    window.addEventListener('message', onMessage);
    // The member may close the popup at any point; a finished check closes it from the done page.
    const closedPoll = window.setInterval(() => {
      if (popup.closed) finish({ kind: 'closed' });
    }, 500);
  });
}
