import { NativeModules } from 'react-native';

const { JumioMobileSDK } = NativeModules;

export function startFaceAuth(enrollmentTransactionReference, userReference) {
  JumioMobileSDK.initAuthentication(process.env.EXPO_PUBLIC_JUMIO_API_TOKEN, process.env.EXPO_PUBLIC_JUMIO_API_SECRET, 'EU', {
    enrollmentTransactionReference,
    userReference,
    callbackUrl: 'https://api.example.com/jumio/callback',
  });
  JumioMobileSDK.startAuthentication();
}
