// single-spa parcel: the identity check, mounted by the onboarding micro-frontend and by the account app wherever a
// customer has to verify again. The host passes the Netverify redirectUrl and its callbacks as the parcel's custom
// props; mount() renders the frame into the parcel's DOM element and starts listening to the web client, unmount()
// stops listening and empties the element, update() swaps the URL when the host starts a new transaction.
import type { AppProps, ParcelConfigObject } from 'single-spa';

export interface IdentityParcelProps {
  redirectUrl: string;
  onVerified(reference: string): void;
  onFailed(reference: string, code?: number): void;
  onStep?(step: string): void;
}

type MountedProps = IdentityParcelProps & AppProps & { domElement: HTMLElement };

const WEB_CLIENT_ORIGIN = /^https:\/\/acme\.netverify\.com$/;

const FRAME_MARKUP = `
  <div class="identity-parcel">
    <iframe class="identity-parcel__frame" title="Identity check" width="100%" height="660" allow="camera;fullscreen"></iframe>
  </div>
`;

let mounted: MountedProps | null = null;

function onFrameMessage(event: MessageEvent): void {
  if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
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
      mounted.onVerified(message.transactionReference);
      break;
    case 'error':
      mounted.onFailed(message.transactionReference, message.payload.metainfo?.code);
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
  frameOf(props).src = props.redirectUrl;
  window.addEventListener('message', onFrameMessage);
}

async function update(props: MountedProps): Promise<void> {
  if (mounted && props.redirectUrl !== mounted.redirectUrl) frameOf(props).src = props.redirectUrl;
  mounted = props;
}

async function unmount(props: MountedProps): Promise<void> {
  window.removeEventListener('message', onFrameMessage);
  props.domElement.innerHTML = '';
  mounted = null;
}

export const identityParcel: ParcelConfigObject<IdentityParcelProps & { domElement: HTMLElement }> = {
  name: 'identity-check',
  bootstrap,
  mount,
  update,
  unmount,
};
