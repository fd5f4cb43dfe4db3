// Deno: axios through an npm: specifier.
import axios from 'npm:axios@1.6.8';

Deno.serve(async (req: Request): Promise<Response> => {
  const { enrollmentReference } = await req.json();
  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentReference,
  }, {
    auth: { username: Deno.env.get('JUMIO_TOKEN')!, password: Deno.env.get('JUMIO_SECRET')! },
  });
  return Response.json({ redirect: data.redirectUrl });
});
