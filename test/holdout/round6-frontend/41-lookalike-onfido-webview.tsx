import React from 'react';
import { WebView, type WebViewMessageEvent } from 'react-native-webview';

// Onfido Web SDK hosted in a WebView; the page posts { type, transactionReference, payload } back.
export function OnfidoWebView({ url, onComplete }: { url: string; onComplete: (ref: string) => void }) {
  const onMessage = (event: WebViewMessageEvent) => {
    const data = JSON.parse(event.nativeEvent.data);
    if (data.type === 'onfido:complete' && data.payload.value === 'success') onComplete(data.transactionReference);
  };
  return <WebView source={{ uri: url }} onMessage={onMessage} allowsInlineMediaPlayback mediaPlaybackRequiresUserAction={false} />;
}
