// Brackenridge Motor Insurance app (React Native 0.73, react-native-webview 13): the policyholder verifies their
// identity before a claim is paid out. The Netverify web client only posts its events when it runs inside an iframe,
// so the WebView loads a small page written here that frames the client; the page hands each event to React Native
// as the client posted it, and the screen decides where the claim goes next.
import React, { useCallback, useMemo } from 'react';
import { StyleSheet } from 'react-native';
import { WebView, type WebViewMessageEvent } from 'react-native-webview';
import type { NativeStackScreenProps } from '@react-navigation/native-stack';
import type { ClaimsStackParams } from '../navigation/types';

type Props = NativeStackScreenProps<ClaimsStackParams, 'IdentityCheck'>;

const PAGE_BASE_URL = 'https://claims.brackenridge-insurance.example';

function framePage(frameUrl: string): string {
  return `<!DOCTYPE html>
<html>
<head><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0">
  <iframe id="identity" src="${frameUrl}" style="border:0;width:100vw;height:100vh" allow="camera;fullscreen"></iframe>
  <script>
    window.addEventListener('message', function (e) {
      if (e.origin.indexOf('.netverify.com') === -1) return;
      window.ReactNativeWebView.postMessage(e.data);
    });
  </script>
</body>
</html>`;
}

export function IdentityCheckScreen({ route, navigation }: Props) {
  const { frameUrl, claimId } = route.params;
  const source = useMemo(() => ({ html: framePage(frameUrl), baseUrl: PAGE_BASE_URL }), [frameUrl]);

  const onMessage = useCallback(
    (event: WebViewMessageEvent) => {
      const data = JSON.parse(event.nativeEvent.data);
      if (data.payload.value === 'success') {
        navigation.replace('ClaimPayout', { claimId, identityReference: data.transactionReference });
      } else if (data.payload.value === 'error') {
        navigation.replace('IdentityFailed', { claimId, code: data.payload.metainfo?.code ?? null });
      }
    },
    [navigation, claimId],
  );

  return (
    <WebView
      style={styles.web}
      source={source}
      originWhitelist={['*']}
      onMessage={onMessage}
      allowsInlineMediaPlayback
      mediaPlaybackRequiresUserAction={false}
      mediaCapturePermissionGrantType="grant"
    />
  );
}

const styles = StyleSheet.create({ web: { flex: 1 } });
