// Corvane Pharmacy, hospital-outpatient edition of the dispensary desktop app (Electron main process), on KYX since
// the 2024 re-enrolment: the face login is an authentication (workflow 9) on the pharmacist's KYX account, with the
// firm's own client-credentials token module. The renderer gets the whole KYX answer back from
// `ipcRenderer.invoke('identity:start-face-login', …)` and opens its web link in a window of its own.
import { BrowserWindow, app, ipcMain } from 'electron';
import axios from 'axios';
import Store from 'electron-store';
import { findPharmacistKyxAccount } from './db.js';
import { kyxToken } from './kyx-client-credentials.js';

const KYX_ACCOUNTS = 'https://account.amer-1.jumio.ai/api/v1/accounts';
const RELEASE_PAGES = 'https://outpatients.corvane.example/release';

interface StartFaceLoginArgs {
  prescriptionId: string;
  pharmacistId: string;
}

interface KyxFaceLoginStart {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string };
}

const store = new Store({ name: 'identity' });

function registerIdentityHandlers(): void {
  ipcMain.handle('identity:start-face-login', async (_event, args: StartFaceLoginArgs) => {
    const account = await findPharmacistKyxAccount(args.pharmacistId);
    const { data } = await axios.put<KyxFaceLoginStart>(
      `${KYX_ACCOUNTS}/${account.accountId}`,
      {
        customerInternalReference: args.pharmacistId,
        userReference: args.pharmacistId,
        workflowDefinition: { key: 9, credentials: [{ id: account.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
        web: {
          successUrl: `${RELEASE_PAGES}/${args.prescriptionId}/verified`,
          errorUrl: `${RELEASE_PAGES}/${args.prescriptionId}/failed`,
          locale: 'en-GB',
        },
        tokenLifetime: '5m',
      },
      {
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${await kyxToken('amer-1')}`,
          'User-Agent': `Corvane-Outpatients/${app.getVersion()}`,
        },
      },
    );
    store.set('lastFaceLogin', { reference: data.workflowExecution.id, startedAt: data.timestamp, prescription: args.prescriptionId });
    return data;
  });

  ipcMain.handle('identity:open-face-login', async (event, url: string) => {
    const parent = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const win = new BrowserWindow({ parent, modal: true, width: 480, height: 720, webPreferences: { sandbox: true } });
    await win.loadURL(url);
  });
}

app.whenReady().then(registerIdentityHandlers);
