// Qwik City route loader (src/routes/admin/face/[ref]/layout.ts): shows one authentication result (SGP).
import { routeLoader$ } from '@builder.io/qwik-city';

export const useFaceAuthResult = routeLoader$(async ({ params, env, error }) => {
  const res = await fetch(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${params.ref}`, {
    headers: { Authorization: `Basic ${env.get('JUMIO_BASIC_AUTH')}`, 'User-Agent': 'Acme SG Admin/1.0' },
  });
  if (res.status === 404) throw error(404, 'unknown authentication');
  const data = await res.json();
  return {
    reference: data.transactionReference as string,
    result: data.transactionResult as string,
    user: (data.userReference ?? '') as string,
  };
});
