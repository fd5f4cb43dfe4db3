// Reason codes of the Acme Bank business API (section 7.3, "Payment rejections"), shown to treasury users.
export const BANK_REJECTION_REASONS: Record<number, string> = {
  9100: 'Beneficiary account closed',
  9200: 'Beneficiary name mismatch',
  9210: 'Beneficiary bank does not accept instant transfers',
  9300: 'Daily limit exceeded',
  9400: 'Duplicate instruction',
  9836: 'Cut-off time passed, resubmit on the next business day',
};

export function rejectionText(code: number): string {
  return BANK_REJECTION_REASONS[code] ?? `Rejected by the bank (${code})`;
}
