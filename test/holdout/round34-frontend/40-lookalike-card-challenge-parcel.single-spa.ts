// single-spa parcel: the card issuer's 3-D Secure challenge, mounted by the checkout micro-frontend when the issuer
// asks the cardholder to confirm a payment. The host passes the challenge URL and its callbacks as the parcel's custom
// props; mount() renders the frame into the parcel's DOM element and starts listening to the issuer's access control
// server, unmount() stops listening and empties the element, update() swaps the URL for a new challenge.
import type { AppProps, ParcelConfigObject } from 'single-spa';

export interface ChallengeParcelProps {
  challengeUrl: string;
  onAuthenticated(reference: string): void;
  onRejected(reference: string, code?: number): void;
  onStep?(step: string): void;
}

type MountedProps = ChallengeParcelProps & AppProps & { domElement: HTMLElement };

const ACS_ORIGIN = /^https:\/\/acs\.cardissuer\.example$/;

const FRAME_MARKUP = `
  <div class="challenge-parcel">
    <iframe class="challenge-parcel__frame" title="Confirm your payment" width="100%" height="400" allow="payment"></iframe>
  </div>
`;

let mounted: MountedProps | null = null;

function onChallengeMessage(event: MessageEvent): void {
  if (!ACS_ORIGIN.test(event.origin)) return;
  if (!mounted) return;
  let message: {
    transactionReference: string;
    payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
  };
  try {
    message = JSON.parse(event.data);
  } catch {
    return;
  }
  mounted.onStep?.(message.payload.value);
  switch (message.payload.value) {
    case 'success':
      mounted.onAuthenticated(message.transactionReference);
      break;
    case 'error':
      mounted.onRejected(message.transactionReference, message.payload.metainfo?.code);
      break;
    default:
      break;
  }
}

function frameOf(props: MountedProps): HTMLIFrameElement {
  return props.domElement.querySelector('iframe') as HTMLIFrameElement;
}

async function bootstrap(): Promise<void> {
  // nothing to prepare: the frame is rendered on mount
}

async function mount(props: MountedProps): Promise<void> {
  mounted = props;
  props.domElement.innerHTML = FRAME_MARKUP;
  frameOf(props).src = props.challengeUrl;
  window.addEventListener('message', onChallengeMessage);
}

async function update(props: MountedProps): Promise<void> {
  if (mounted && props.challengeUrl !== mounted.challengeUrl) frameOf(props).src = props.challengeUrl;
  mounted = props;
}

async function unmount(props: MountedProps): Promise<void> {
  window.removeEventListener('message', onChallengeMessage);
  props.domElement.innerHTML = '';
  mounted = null;
}

export const challengeParcel: ParcelConfigObject<ChallengeParcelProps & { domElement: HTMLElement }> = {
  name: 'card-challenge',
  bootstrap,
  mount,
  update,
  unmount,
};
