// Expo Router screen for the identity check's success/error URL (app/kyc/done.tsx).
import { useLocalSearchParams } from 'expo-router';
import { Text } from 'react-native';

export default function KycDone() {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = useLocalSearchParams<{ acquisitionStatus?: string; workflowExecutionId?: string }>();
  return transactionStatus === 'SUCCESS' ? <Text>Verified ({transactionReference})</Text> : <Text>Failed.</Text>;
}
