// Error texts shown to the customer.

// Jumio web client (payload.metainfo.code).
export const IDENTITY_ERRORS: Record<number, string> = {
  9100: 'The identity check could not start. Please reload the page.',
  9200: 'The session expired. Please start again.',
  9210: 'The session expired. Please start again.',
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
