// Tenant portal of Thornbury Lettings (React 18, React Router 6.22's data router). The identity step of a tenancy
// application sends the whole tab to the Netverify web client (no frame: the letting agents' kiosk tablets block the
// camera inside frames) and Jumio sends it back to /apply/identity/return, its successUrl and errorUrl. That route's
// loader records the outcome with our API and moves the applicant on before anything renders.
import { createRoot } from 'react-dom/client';
import {
  createBrowserRouter,
  redirect,
  RouterProvider,
  useLoaderData,
  type LoaderFunctionArgs,
} from 'react-router-dom';

const RESUME_KEY = 'thornbury.apply.resume';

interface IdentityStartData {
  applicationId: string;
  applicantName: string;
}

function IdentityStart() {
  const { applicationId, applicantName } = useLoaderData() as IdentityStartData;

  async function begin() {
    sessionStorage.setItem(RESUME_KEY, `/apply/${applicationId}/referees`);
    const res = await fetch(`/api/applications/${applicationId}/identity-check`, { method: 'POST', credentials: 'include' });
    if (!res.ok) {
      window.alert('We could not start the identity check. Please try again in a minute.');
      return;
    }
    const { redirectUrl } = (await res.json()) as { redirectUrl: string };
    window.location.assign(redirectUrl);
  }

  return (
    <section className="apply-step">
      <h1>Confirm your identity, {applicantName}</h1>
      <p>You will need your passport or driving licence and a few minutes in good light. We bring you back here after.</p>
      <button type="button" className="apply-step__next" onClick={begin}>
        Start the identity check
      </button>
    </section>
  );
}

async function identityReturnLoader({ request }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams;
  const status = query.get('transactionStatus');
  const reference = query.get('transactionReference');
  if (!status || !reference) return redirect('/apply');

  await fetch('/api/identity-checks/returns', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ transactionStatus: status, transactionReference: reference, errorCode: query.get('errorCode') }),
  });

  const resume = sessionStorage.getItem(RESUME_KEY) ?? '/apply';
  sessionStorage.removeItem(RESUME_KEY);
  return redirect(status === 'SUCCESS' ? resume : `${resume}?identity=retry`);
}

function IdentityReturn() {
  return <p className="apply-step__busy">Saving your identity check…</p>;
}

const router = createBrowserRouter([
  {
    path: '/apply/:applicationId/identity',
    loader: async ({ params }) => {
      const res = await fetch(`/api/applications/${params.applicationId}`, { credentials: 'include' });
      return (await res.json()) as IdentityStartData;
    },
    element: <IdentityStart />,
  },
  { path: '/apply/identity/return', loader: identityReturnLoader, element: <IdentityReturn /> },
]);

createRoot(document.getElementById('portal')!).render(<RouterProvider router={router} />);
