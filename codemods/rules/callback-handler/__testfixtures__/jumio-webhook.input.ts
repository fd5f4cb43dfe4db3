// app/api/jumio-webhook/route.ts style: only the file's name says whose callback this is.
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData();
  const ok = form.get('transactionResult') === 'PASSED';
  console.log('authentication', form.get('transactionReference'), ok);
  return new Response(null, { status: 200 });
}
