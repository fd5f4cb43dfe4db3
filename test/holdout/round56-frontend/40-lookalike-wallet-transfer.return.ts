// app/routes/wallet.transfer-in.return.ts — resource route, no UI. After the member approves a bank transfer into
// their Ormond wallet in their own banking app, the open-banking provider sends the browser back here. We record
// what came back, flash it for the wallet page and send the member on to a clean URL, so a refresh or the back
// button never replays the return.
import { redirect } from 'react-router';
import type { Route } from './+types/wallet.transfer-in.return';
import { requireMemberId } from '~/services/auth.server';
import { commitSession, getSession } from '~/services/session.server';
import { recordTransferIn } from '~/models/wallet-transfer.server';

/** The pages that can start a transfer in; each keeps its own place in the session before it starts one. */
type StartedFrom = 'wallet' | 'pots' | 'goals';

const RETURN_TO: Record<StartedFrom, string> = {
  wallet: '/wallet',
  pots: '/wallet/pots',
  goals: '/wallet/goals',
};

/** Our own follow-up link: the starting page with a short flag it can show a banner for. */
function followUpUrl(startedFrom: StartedFrom, received: boolean, errorCode: string | null): string {
  const next = new URLSearchParams({ transfer: received ? 'received' : 'failed' });
  if (!received && errorCode) next.set('code', errorCode);
  return `${RETURN_TO[startedFrom]}?${next}`;
}

export async function loader({ request }: Route.LoaderArgs) {
  const memberId = await requireMemberId(request);
  const session = await getSession(request.headers.get('Cookie'));

  const search = new URL(request.url).searchParams;
  const status = search.get('transactionStatus');
  const reference = search.get('transactionReference');
  const errorCode = search.get('errorCode');

  // Someone opened the bare URL: no transfer to record.
  if (!status) throw redirect(RETURN_TO.wallet);

  const received = status === 'SUCCESS';
  if (reference) {
    await recordTransferIn(memberId, { transferId: reference, received, errorCode, returnedAt: new Date() });
  }

  const startedFrom: StartedFrom = session.get('transferStartedFrom') ?? 'wallet';
  session.unset('transferStartedFrom');
  session.flash('walletTransfer', { received, transactionReference: reference, errorCode });

  throw redirect(followUpUrl(startedFrom, received, errorCode), {
    headers: { 'Set-Cookie': await commitSession(session) },
  });
}
