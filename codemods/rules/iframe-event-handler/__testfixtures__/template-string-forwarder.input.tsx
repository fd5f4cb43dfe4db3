import { WebView } from 'react-native-webview';

// The web client's events forwarded from the page to React Native: the injected script only relays them.
const FORWARD = `
  window.addEventListener('message', function (e) {
    if (e.origin.indexOf('netverify.com') === -1) return;
    window.ReactNativeWebView.postMessage(e.data);
  });
  true;
`;

export function Verify({ url, onEvent }: { url: string; onEvent: (raw: string) => void }) {
  return <WebView source={{ uri: url }} injectedJavaScript={FORWARD} onMessage={(e) => onEvent(e.nativeEvent.data)} />;
}
