// Electron main process: opens the identity check (Jumio Netverify web client) in its own window.
import { BrowserWindow } from 'electron';

export function openKycWindow(parent: BrowserWindow, authorizationToken: string): BrowserWindow {
  const win = new BrowserWindow({ parent, modal: true, width: 640, height: 720, webPreferences: { contextIsolation: true } });
  win.loadURL(`https://acme.lon.netverify.com/web/v4/app?authorizationToken=${encodeURIComponent(authorizationToken)}&locale=en`);
  return win;
}
