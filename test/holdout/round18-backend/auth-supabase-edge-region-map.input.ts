// Supabase Edge Function (Deno): the project's Jumio data centre is a function secret (JUMIO_DATACENTER: US, EU or
// SG) looked up in a host table; the enrolment reference is read with supabase-js under the caller's JWT and the
// started authentication inserted in face_logins.
import 'jsr:@supabase/functions-js/edge-runtime.d.ts';
import { createClient } from 'npm:@supabase/supabase-js@2';

const NETVERIFY_HOSTS: Record<string, string> = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SG: 'https://core-sgp.jumio.com',
};
const jumioHost = NETVERIFY_HOSTS[Deno.env.get('JUMIO_DATACENTER') ?? 'EU'];

Deno.serve(async (req) => {
  const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!, {
    global: { headers: { Authorization: req.headers.get('Authorization')! } },
  });
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return new Response('unauthorised', { status: 401 });
  const { data: profile, error } = await supabase.from('profiles').select('jumio_enrollment_ref').eq('id', user.id).single();
  if (error || !profile) return new Response('no enrolment', { status: 404 });

  const res = await fetch(`${jumioHost}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'User-Agent': 'Acme Edge/1.0',
      Authorization: 'Basic ' + btoa(`${Deno.env.get('JUMIO_API_TOKEN')}:${Deno.env.get('JUMIO_API_SECRET')}`),
    },
    body: JSON.stringify({
      enrollmentTransactionReference: profile.jumio_enrollment_ref,
      userReference: user.id,
      errorUrl: 'https://acme.app/face-login/error',
    }),
  });
  if (!res.ok) return new Response(`jumio ${res.status}`, { status: 502 });
  const started = await res.json();
  await supabase.from('face_logins').insert({ user_id: user.id, reference: started.transactionReference });
  return Response.json({ url: started.redirectUrl });
});
