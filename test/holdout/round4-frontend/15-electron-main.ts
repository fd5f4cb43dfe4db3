import { BrowserView, BrowserWindow, ipcMain } from 'electron';
import path from 'node:path';

const SUCCESS_URL = 'https://desktop.example.com/identity/done';

export function openIdentityCheck(win: BrowserWindow, redirectUrl: string): Promise<string | null> {
  const view = new BrowserView({
    webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: true },
  });
  win.setBrowserView(view);
  view.setBounds({ x: 0, y: 0, width: 640, height: 660 });
  void view.webContents.loadURL(redirectUrl);

  return new Promise((resolve) => {
    ipcMain.on('identity:event', (_e, msg: { value: string; reference: string; code: number | null }) => {
      if (msg.value === 'success') resolve(msg.reference);
    });
    view.webContents.on('will-redirect', (event, url) => {
      if (!url.startsWith(SUCCESS_URL)) return;
      event.preventDefault();
      const params = new URL(url).searchParams;
      win.removeBrowserView(view);
      resolve(params.get('transactionStatus') === 'SUCCESS' ? params.get('transactionReference') : null);
    });
  });
}
