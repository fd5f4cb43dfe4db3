import React from 'react';
import { WebView, type WebViewMessageEvent } from 'react-native-webview';

type Props = { checkoutUrl: string; onPaid: (ref: string) => void; onCancel: () => void };

// Flutterwave hosted checkout in a WebView; the page posts its result to the app.
export function CheckoutWebView({ checkoutUrl, onPaid, onCancel }: Props) {
  const onMessage = (event: WebViewMessageEvent) => {
    const data = JSON.parse(event.nativeEvent.data);
    if (data.status === 'successful') onPaid(data.transactionReference);
    else onCancel();
  };
  return <WebView source={{ uri: checkoutUrl }} onMessage={onMessage} />;
}
