// Next.js 14 app router page (a React Server Component): the face-login form posts to a server action declared inline
// ('use server' in the function body), which stores the reference in a cookie and redirects to the web client (US).
import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { getSessionUser } from '@/lib/session';

export default async function FaceLoginPage() {
  const user = await getSessionUser();

  async function startFaceLogin(formData: FormData) {
    'use server';
    const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      cache: 'no-store',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': 'Acme Bank Web/8.2',
        Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: String(formData.get('enrollment')),
        userReference: user.id,
        successUrl: 'https://bank.acme.example/face-login/complete',
        locale: String(formData.get('locale') ?? 'en'),
      }),
    });
    if (!res.ok) throw new Error('face login could not start');
    const started: { timestamp: string; redirectUrl: string; transactionReference: string } = await res.json();
    cookies().set('face-login-ref', started.transactionReference, { httpOnly: true, secure: true });
    redirect(started.redirectUrl);
  }

  return (
    <form action={startFaceLogin}>
      <input type="hidden" name="enrollment" value={user.jumioEnrollment} />
      <input type="hidden" name="locale" value={user.locale} />
      <button type="submit">Log in with your face</button>
    </form>
  );
}
