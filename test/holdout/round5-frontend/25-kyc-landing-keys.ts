// Reads the identity check's redirect parameters (Jumio success/error URL) in one go.
const KEYS = ['transactionStatus', 'transactionReference', 'errorCode'] as const;

export function readKycReturn(search: string = window.location.search) {
  const params = new URLSearchParams(search);
  const [status, reference, errorCode] = KEYS.map((k) => params.get(k));
  return { ok: status === 'SUCCESS', reference, errorCode: errorCode ? Number(errorCode) : undefined };
}
