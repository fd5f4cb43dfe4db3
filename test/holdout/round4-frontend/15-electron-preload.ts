// preload.ts for the BrowserView that shows the Netverify web client.
import { contextBridge, ipcRenderer } from 'electron';

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  ipcRenderer.send('identity:event', {
    value: data.payload.value,
    reference: data.transactionReference,
    code: data.payload.metainfo?.code ?? null,
  });
});

contextBridge.exposeInMainWorld('identity', {
  cancel: () => ipcRenderer.send('identity:cancel'),
});
