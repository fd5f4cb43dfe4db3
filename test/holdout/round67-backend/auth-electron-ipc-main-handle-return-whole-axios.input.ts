// Corvane Pharmacy, dispensary desktop app (Electron main process). Before a pharmacist releases a controlled
// medicine, the renderer asks the main process to start a Netverify face login (US data centre); the API user pair
// stays in the main process. The renderer's FaceLoginDialog gets the whole answer back from
// `ipcRenderer.invoke('identity:start-face-login', …)` and asks for the link to be opened in a window of its own.
import { BrowserWindow, app, ipcMain } from 'electron';
import axios from 'axios';
import Store from 'electron-store';

const NETVERIFY = 'https://www.netverify.com';
const RELEASE_PAGES = 'https://dispensary.corvane.example/release';

interface StartFaceLoginArgs {
  prescriptionId: string;
  pharmacistId: string;
  enrolmentReference: string;
}

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const store = new Store({ name: 'identity' });

function registerIdentityHandlers(): void {
  ipcMain.handle('identity:start-face-login', async (_event, args: StartFaceLoginArgs) => {
    const { data } = await axios.post<FaceLoginStart>(
      `${NETVERIFY}/api/authentication/v1/web/initiate`,
      {
        enrollmentTransactionReference: args.enrolmentReference,
        userReference: args.pharmacistId,
        successUrl: `${RELEASE_PAGES}/${args.prescriptionId}/verified`,
        errorUrl: `${RELEASE_PAGES}/${args.prescriptionId}/failed`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 5,
      },
      {
        auth: { username: process.env.CORVANE_NV_TOKEN ?? '', password: process.env.CORVANE_NV_SECRET ?? '' },
        headers: { Accept: 'application/json', 'User-Agent': `Corvane-Dispensary/${app.getVersion()}` },
      },
    );
    store.set('lastFaceLogin', { reference: data.transactionReference, startedAt: data.timestamp, prescription: args.prescriptionId });
    return data;
  });

  ipcMain.handle('identity:open-face-login', async (event, url: string) => {
    const parent = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const win = new BrowserWindow({ parent, modal: true, width: 480, height: 720, webPreferences: { sandbox: true } });
    await win.loadURL(url);
  });
}

app.whenReady().then(registerIdentityHandlers);
