import { JumioMobileSDK } from 'react-native-jumio-mobilesdk';

// Mobile SDK bridge: same field names, different product. Reported, never rewritten.
export function startFaceAuth(token, secret, enrollmentTransactionReference) {
  JumioMobileSDK.initAuthentication(token, secret, 'EU', { enrollmentTransactionReference, userReference: 'u-1' });
  JumioMobileSDK.startAuthentication();
}
