import { WebView } from 'react-native-webview';

// The web client's events forwarded from the page to React Native: the injected script only relays them.
// TODO(netverify-migrate): iframe-event-handler: this string holds a Jumio iFrame message handler (JS inside a template string is not rewritten): origin check against netverify.com → jumio.ai (KYX web client); the Jumio event is passed on unparsed (event.data) to window.ReactNativeWebView.postMessage, so code that parses it there must read workflowExecutionId instead of transactionReference (and accountId is new); accountId is new in event.data
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
