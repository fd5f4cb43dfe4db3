import type { APIRoute } from 'astro';
import { db, eq, FaceSessions } from 'astro:db';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData();
  const reference = form.get('transactionReference') as string;
  await db
    .update(FaceSessions)
    .set({
      result: form.get('transactionResult') as string,
      enrollment: form.get('enrollmentTransactionReference') as string,
      completedAt: form.get('transactionDate') as string,
    })
    .where(eq(FaceSessions.reference, reference));
  return new Response(null, { status: 200 });
};
