// app/routes/identity-check.return.ts — resource route, no UI. The identity check's successUrl and errorUrl.
// We record what came back, flash it for the page that asked for the check and send the member on to a clean URL,
// so a refresh or the back button never replays the return (and the reference does not end up in their history).
import { redirect } from 'react-router';
import type { Route } from './+types/identity-check.return';
import { requireMemberId } from '~/services/auth.server';
import { commitSession, getSession } from '~/services/session.server';
import { recordIdentityCheck } from '~/models/identity-check.server';

/** The steps that can ask for an identity check; each keeps its own place in the session before it starts one. */
type AskedBy = 'security' | 'devices' | 'limits';

const RETURN_TO: Record<AskedBy, string> = {
  security: '/settings/security',
  devices: '/settings/devices',
  limits: '/settings/limits',
};

/** Our own follow-up link: the asking page with a short flag it can show a banner for. */
function followUpUrl(askedBy: AskedBy, passed: boolean, errorCode: string | null): string {
  const next = new URLSearchParams({ identityCheck: passed ? 'passed' : 'failed' });
  if (!passed && errorCode) next.set('code', errorCode);
  return `${RETURN_TO[askedBy]}?${next}`;
}

export async function loader({ request }: Route.LoaderArgs) {
  const memberId = await requireMemberId(request);
  const session = await getSession(request.headers.get('Cookie'));

  const search = new URL(request.url).searchParams;
  const status = search.get('transactionStatus');
  const reference = search.get('transactionReference');
  const errorCode = search.get('errorCode');

  // Someone opened the bare URL: nothing to record.
  if (!status) throw redirect(RETURN_TO.security);

  const passed = status === 'SUCCESS';
  if (reference) {
    await recordIdentityCheck(memberId, { reference, passed, errorCode, returnedAt: new Date() });
  }

  const askedBy: AskedBy = session.get('identityCheckAskedBy') ?? 'security';
  session.unset('identityCheckAskedBy');
  session.flash('identityCheck', { passed, transactionReference: reference, errorCode });

  throw redirect(followUpUrl(askedBy, passed, errorCode), {
    headers: { 'Set-Cookie': await commitSession(session) },
  });
}
