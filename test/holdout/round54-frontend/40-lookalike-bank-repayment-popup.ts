// Fernbank credit card: "repay from another bank". Tollgate's pay-by-bank consent opens in a popup window (the
// member's own bank refuses to be framed). Tollgate's hosted page posts its events to this window; once the member has
// approved the repayment in their bank, Tollgate sends the popup to /cards/repay/return, which reports here and closes.
// Only messages coming from the popup itself are considered (event.source), whichever page it is showing.

interface ConsentEvent {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  amount: number;
  currency: string;
  payload: { value: 'opened' | 'authorised' | 'rejected'; reason?: string };
}

/** What /cards/repay/return posts back before it closes the popup. */
interface ReturnPageMessage {
  type: 'fernbank:repay-return';
  status: 'SUCCESS' | 'ERROR' | null;
  reference: string | null;
}

export type RepaymentOutcome =
  | { kind: 'paid'; reference: string; amount: number | null }
  | { kind: 'rejected'; reason: string | null }
  | { kind: 'closed' };

export async function runBankRepaymentPopup(amountPence: number, onProgress: (text: string) => void): Promise<RepaymentOutcome> {
  const res = await fetch('/api/cards/repayments', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ amountPence, method: 'pay-by-bank' }),
  });
  if (!res.ok) throw new Error(`repayment: HTTP ${res.status}`);
  const { consentUrl } = (await res.json()) as { consentUrl: string };
  const consentOrigin = new URL(consentUrl).origin;

  const popup = window.open(consentUrl, 'tollgate', 'popup,width=480,height=720');
  if (!popup) throw new Error('popup blocked');

  return new Promise<RepaymentOutcome>((resolve) => {
    let reference: string | null = null;
    let amount: number | null = null;

    const finish = (outcome: RepaymentOutcome) => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(closedPoll);
      if (!popup.closed) popup.close();
      resolve(outcome);
    };

    function onMessage(event: MessageEvent) {
      if (event.source !== popup) return;

      if (event.origin === consentOrigin) {
        const data = JSON.parse(event.data) as ConsentEvent;
        if (data.payload.value === 'opened') {
          onProgress('Choose your bank in the new window.');
        } else if (data.payload.value === 'authorised') {
          reference = data.transactionReference;
          amount = data.amount;
          onProgress('Your bank approved the repayment, just finishing off…');
        } else {
          finish({ kind: 'rejected', reason: data.payload.reason ?? null });
        }
        return;
      }

      if (event.origin === window.location.origin && event.data?.type === 'fernbank:repay-return') {
        const back = event.data as ReturnPageMessage;
        if (back.status === 'SUCCESS') {
          finish({ kind: 'paid', reference: back.reference ?? reference ?? '', amount });
        } else {
          finish({ kind: 'rejected', reason: null });
        }
      }
    }

    window.addEventListener('message', onMessage);
    // The member may close the popup at any point; a finished repayment closes it from the return page.
    const closedPoll = window.setInterval(() => {
      if (popup.closed) finish({ kind: 'closed' });
    }, 500);
  });
}
