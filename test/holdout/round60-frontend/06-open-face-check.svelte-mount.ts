// Harbourline Ferries — bookings, "Hand this booking to another passenger".
// The booking app is not written in Svelte: this module mounts the face-check dialog component imperatively (Svelte 5
// `mount`) into document.body when the lead passenger presses "Transfer booking", listens to the Netverify web client
// for as long as the dialog is mounted, and unmounts it again on success, error or cancel.
import { mount, unmount } from 'svelte';
import FaceCheckDialog from './06-FaceCheckDialog.svelte';

export interface FaceCheckResult {
  reference: string | null;
  code: number | null;
  cancelled: boolean;
}

export function openFaceCheck(token: string): Promise<FaceCheckResult> {
  return new Promise((resolve) => {
    let app: ReturnType<typeof mount> | null = null;

    function finish(result: FaceCheckResult) {
      window.removeEventListener('message', onMessage);
      if (app) void unmount(app, { outro: true });
      app = null;
      resolve(result);
    }

    function onMessage(event: MessageEvent) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      switch (data.payload.value) {
        case 'success':
          finish({ reference: data.transactionReference, code: null, cancelled: false });
          break;
        case 'error':
          finish({ reference: data.transactionReference ?? null, code: data.payload.metainfo?.code ?? null, cancelled: false });
          break;
        default:
          break; // 'loaded'
      }
    }

    window.addEventListener('message', onMessage);
    app = mount(FaceCheckDialog, {
      target: document.body,
      props: {
        token,
        locale: document.documentElement.lang === 'fr' ? 'fr' : 'en-GB',
        oncancel: () => finish({ reference: null, code: null, cancelled: true }),
      },
    });
  });
}
