import React, { useCallback } from 'react';
import { WebView, type WebViewMessageEvent } from 'react-native-webview';

// The web client posts its events to window; forward them to React Native.
const FORWARD_EVENTS = `
  window.addEventListener('message', function (e) {
    if (!/\\.netverify\\.com$/.test(e.origin)) return;
    window.ReactNativeWebView.postMessage(e.data);
  });
  true;
`;

type Props = { redirectUrl: string; onVerified: (reference: string) => void; onFailed: (code?: number) => void };

export function JumioWebView({ redirectUrl, onVerified, onFailed }: Props) {
  const onMessage = useCallback(
    (event: WebViewMessageEvent) => {
      const data = JSON.parse(event.nativeEvent.data);
      if (data.payload?.value === 'success') onVerified(data.transactionReference);
      if (data.payload?.value === 'error') onFailed(data.payload.metainfo?.code);
    },
    [onVerified, onFailed],
  );

  return (
    <WebView
      source={{ uri: redirectUrl }}
      injectedJavaScript={FORWARD_EVENTS}
      onMessage={onMessage}
      mediaPlaybackRequiresUserAction={false}
      allowsInlineMediaPlayback
    />
  );
}
