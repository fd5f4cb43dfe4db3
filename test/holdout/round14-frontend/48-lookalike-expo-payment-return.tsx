// Expo Router screen: the card processor's return URL (app/checkout/return.tsx).
import { useLocalSearchParams } from 'expo-router';
import { Text } from 'react-native';

export default function CheckoutReturnScreen() {
  const { transactionStatus, transactionReference, amount } = useLocalSearchParams<{
    transactionStatus?: string;
    transactionReference?: string;
    amount?: string;
  }>();
  if (transactionStatus === 'APPROVED') return <Text>Paid {amount} (ref {transactionReference})</Text>;
  return <Text>Payment declined.</Text>;
}
