// h3 v2 (web-standard request on the event): the form read with event.req.formData().
import { H3, defineHandler } from 'h3';
import { saveResult } from './store.js';

export const app = new H3();

app.post(
  '/hooks/face',
  defineHandler(async (event: any) => {
    const form = await event.req.formData();
    if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return new Response(null, { status: 204 });
    await saveResult(String(form.get('transactionReference')), { result: form.get('transactionResult'), face: form.get('idScanImageFace') });
    return 'OK';
  }),
);
