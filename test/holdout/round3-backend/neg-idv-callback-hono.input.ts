import { Hono } from 'hono';
import { saveScan } from './scans';

// Netverify ID verification callback (the document scan, not the face authentication).
const app = new Hono();

app.post('/jumio/id-callback', async (c) => {
  const form = await c.req.parseBody();
  if (form.callBackType !== 'NETVERIFYID') return c.text('ignored', 200);
  await saveScan(String(form.jumioIdScanReference), {
    status: String(form.verificationStatus),
    idScanStatus: String(form.idScanStatus),
    face: String(form.idScanImageFace ?? ''),
    merchantRef: String(form.merchantIdScanReference),
  });
  return c.text('OK');
});

export default app;
