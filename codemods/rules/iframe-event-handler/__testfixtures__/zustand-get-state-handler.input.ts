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
    if (event.origin !== 'https://acme.netverify.com') return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') set({ reference: data.transactionReference });
  },
})));

export function watchIdentityFrame(): () => void {
  const listener = useIdentityStore.getState().handleFrameMessage;
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
