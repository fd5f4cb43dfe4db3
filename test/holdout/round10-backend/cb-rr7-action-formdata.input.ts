// React Router v7 resource route (no default export): Jumio posts the authentication callback here.
import type { Route } from './+types/jumio-callback';
import { saveResult } from './store';

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const reference = String(form.get('transactionReference'));
  await saveResult(reference, {
    result: form.get('transactionResult'),
    source: form.get('scanSource'),
    face: form.get('idScanImageFace'),
  });
  return new Response(null, { status: 200 });
}
