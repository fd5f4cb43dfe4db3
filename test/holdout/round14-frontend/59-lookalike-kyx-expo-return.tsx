// Expo Router screen for the identity check's success/error URL, already on KYX.
import { useLocalSearchParams } from 'expo-router';
import { Text } from 'react-native';

export default function KycDoneScreen() {
  const { acquisitionStatus, workflowExecutionId } = useLocalSearchParams<{ acquisitionStatus?: string; workflowExecutionId?: string }>();
  return acquisitionStatus === 'SUCCESS' ? <Text>Verified ({workflowExecutionId})</Text> : <Text>Verification failed.</Text>;
}
