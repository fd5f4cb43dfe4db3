// Expo Router screen for the identity check's success/error URL (app/kyc/done.tsx, also served on web).
import { useLocalSearchParams, router } from 'expo-router';
import { Button, Text, View } from 'react-native';

export default function KycDoneScreen() {
  const { transactionStatus, transactionReference, errorCode } = useLocalSearchParams<{
    transactionStatus?: string;
    transactionReference?: string;
    errorCode?: string;
  }>();

  if (transactionStatus !== 'SUCCESS') {
    return (
      <View>
        <Text>Verification failed ({errorCode ?? 'unknown'}).</Text>
        <Button title="Try again" onPress={() => router.replace('/kyc')} />
      </View>
    );
  }
  return (
    <View>
      <Text>Thanks! Reference {transactionReference}</Text>
    </View>
  );
}
