import { WebView, type WebViewMessageEvent } from 'react-native-webview';

// The hosted wallet-connect page posts to its parent window; this script relays every message to React Native.
const RELAY = `
  window.addEventListener('message', function (event) {
    window.ReactNativeWebView.postMessage(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
  });
  true;
`;

export function WalletConnectScreen({ url, onLinked }: { url: string; onLinked: (account: string) => void }) {
  const onMessage = (e: WebViewMessageEvent) => {
    const msg = JSON.parse(e.nativeEvent.data);
    if (msg.kind === 'linked') onLinked(msg.account);
  };
  return <WebView source={{ uri: url }} injectedJavaScript={RELAY} onMessage={onMessage} />;
}
