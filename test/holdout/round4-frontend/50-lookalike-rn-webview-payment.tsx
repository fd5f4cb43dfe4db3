import React from 'react';
import { WebView, type WebViewMessageEvent } from 'react-native-webview';

// Hosted checkout of the bank's payment gateway inside the app.
export function CheckoutWebView({ checkoutUrl, onPaid }: { checkoutUrl: string; onPaid: (ref: string) => void }) {
  const onMessage = (event: WebViewMessageEvent) => {
    const data = JSON.parse(event.nativeEvent.data);
    if (data.payload?.value === 'success' && data.amount > 0) onPaid(data.transactionReference);
  };
  return <WebView source={{ uri: checkoutUrl }} onMessage={onMessage} />;
}
