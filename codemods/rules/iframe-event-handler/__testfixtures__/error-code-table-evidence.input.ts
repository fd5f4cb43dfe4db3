// Error texts shown to the customer.

// Jumio web client (payload.metainfo.code).
export const IDENTITY_ERRORS: Record<number, string> = {
  9100: 'The identity check could not start. Please reload the page.',
  9200: 'The session expired. Please start again.',
  9300: 'Your browser blocked the camera.',
  9836: 'We could not take an acceptable photo in three attempts.',
};

// Acme Bank business API rejection reasons (section 7.3).
export const BANK_REJECTIONS: Record<number, string> = {
  9100: 'Beneficiary account closed',
  9200: 'Beneficiary name mismatch',
  9300: 'Daily limit exceeded',
  9836: 'Cut-off time passed, resubmit on the next business day',
};

export const NETVERIFY_RETRYABLE = [9200, 9210, 9800, 9836];

export function jumioErrorTitle(code: number): string {
  switch (code) {
    case 9100: return 'Server error';
    case 9200: return 'Session expired';
    case 9400: return 'Verification step failed';
    case 9836: return 'Too many attempts';
    default: return 'Error';
  }
}
