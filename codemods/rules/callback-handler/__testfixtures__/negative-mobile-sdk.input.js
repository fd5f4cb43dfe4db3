// React Native mobile SDK bridge: same field names, different product; not a request handler.
import { JumioMobileSDK } from 'react-native-jumio-mobilesdk';

export function startAuthentication(token, secret, enrollmentTransactionReference, userReference) {
  JumioMobileSDK.initAuthentication(token, secret, 'EU', { enrollmentTransactionReference, userReference, callbackUrl: 'https://example.com/cb' });
  return JumioMobileSDK.startAuthentication();
}
