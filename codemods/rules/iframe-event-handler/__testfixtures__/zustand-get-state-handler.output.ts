// A zustand store (devtools middleware) holds the frame's handler; the page attaches it through getState().
import { create } from 'zustand';
import { devtools } from 'zustand/middleware';

interface IdentityState {
  reference: string | null;
  handleFrameMessage(event: MessageEvent): void;
}

export const useIdentityStore = create<IdentityState>()(devtools((set) => ({
  reference: null,
  handleFrameMessage(event) {
    // TODO(netverify-migrate): iframe-event-handler: origin check now expects acme.web.amer-1.jumio.ai: the legacy host does not tell the region; the vendor states only the amer-1 web-client host (emea-1/apac-1 follow the shape seen in third-party code, not stated by the vendor); otherwise use acme.web.emea-1.jumio.ai or acme.web.apac-1.jumio.ai, or compare with new URL(web.href).origin
    if (event.origin !== 'https://acme.web.amer-1.jumio.ai') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') set({ reference: data.workflowExecutionId });
  },
})));

export function watchIdentityFrame(): () => void {
  const listener = useIdentityStore.getState().handleFrameMessage;
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
