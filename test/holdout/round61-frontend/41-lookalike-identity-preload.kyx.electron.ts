// Preload script of Halyard Accounts Desktop's onboarding window (Electron 30; contextIsolation and sandbox on).
//
// The onboarding page (renderer/onboarding.html) frames the Jumio web client (KYX platform, web.href of the account
// response) in <iframe id="identity-frame">. The client posts its events to that page's window, which this preload
// shares, so the listener lives here and not in the page bundle: the page is served with a CSP that keeps our IPC out
// of it. Every event goes to the main process as the client posted it (a JSON string); src/main/identity-events.ts
// parses it, keeps the workflow execution on the bookkeeper's profile and moves the wizard on.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

type IdentityStatus = 'idle' | 'running' | 'verified' | 'failed';

interface IdentityApi {
  start(): Promise<{ frameUrl: string }>;
  cancel(): void;
  onStatus(listener: (status: IdentityStatus) => void): () => void;
}

// The page's scripts run after 'loaded'; attach before them so no early event of the frame is missed.
process.once('loaded', () => {
  window.addEventListener('message', (event: MessageEvent) => {
    const { hostname } = new URL(event.origin);
    if (!hostname.endsWith('.jumio.ai')) return;
    if (typeof event.data !== 'string') return;
    ipcRenderer.send('jumio-event', event.data);
  });
});

const identity: IdentityApi = {
  start: () => ipcRenderer.invoke('identity:start'),
  cancel: () => ipcRenderer.send('identity:cancel'),
  onStatus: (listener) => {
    const wrapped = (_event: IpcRendererEvent, status: IdentityStatus) => listener(status);
    ipcRenderer.on('identity:status', wrapped);
    return () => {
      ipcRenderer.removeListener('identity:status', wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('identity', identity);
