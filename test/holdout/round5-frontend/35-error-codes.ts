// Messages for the Jumio Netverify web client's errorCode / payload.metainfo.code
export const netverifyErrorText: Record<number, string> = {
  9100: 'Server error, please try again later.',
  9200: 'Your session token is invalid or expired.',
  9210: 'Your session expired.',
  9300: 'We could not upload your images.',
  9400: 'Verification step failed.',
  9820: 'Your camera is not available.',
  9821: 'We could not capture your face after 3 attempts.',
  9836: 'No acceptable picture after 3 attempts.',
};
