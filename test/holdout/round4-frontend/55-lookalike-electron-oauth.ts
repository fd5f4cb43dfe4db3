import { BrowserWindow } from 'electron';

const REDIRECT_URL = 'https://desktop.example.com/oauth/callback';

// Sign in with the bank's OAuth server in a child window.
export function signIn(parent: BrowserWindow, authorizeUrl: string): Promise<string> {
  const win = new BrowserWindow({ parent, modal: true, width: 480, height: 720 });
  void win.loadURL(authorizeUrl);
  return new Promise((resolve, reject) => {
    win.webContents.on('will-redirect', (event, url) => {
      if (!url.startsWith(REDIRECT_URL)) return;
      event.preventDefault();
      const params = new URL(url).searchParams;
      win.close();
      const code = params.get('code');
      if (params.get('state') !== 'expected' || !code) return reject(new Error(params.get('error') ?? 'oauth failed'));
      resolve(code);
    });
  });
}
