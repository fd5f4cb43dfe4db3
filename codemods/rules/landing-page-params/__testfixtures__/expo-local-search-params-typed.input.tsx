// Expo Router screen for the identity check's success/error URL (app/kyc/done.tsx).
import { useLocalSearchParams } from 'expo-router';
import { Text } from 'react-native';

export default function KycDone() {
  const { transactionStatus, transactionReference } = useLocalSearchParams<{ transactionStatus?: string; transactionReference?: string }>();
  return transactionStatus === 'SUCCESS' ? <Text>Verified ({transactionReference})</Text> : <Text>Failed.</Text>;
}
