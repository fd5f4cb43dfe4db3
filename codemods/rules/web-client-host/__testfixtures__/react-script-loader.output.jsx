import React from 'react';
import scriptLoader from 'react-async-script-loader';

function JumioWidget({ isScriptLoaded, token }) {
  React.useEffect(() => {
    if (isScriptLoaded) {
      // TODO(netverify-migrate): web-client-host: legacy v3 widget JumioClient.setVars(…) (its events carry scanReference, not the KYX fields) has no KYX equivalent: embed the KYX web client instead (web.href of the account create/update response in an <iframe allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen>) or the Jumio Web SDK (@jumio/websdk)
      window.JumioClient.setVars({ authorizationToken: token }).initVerify('jumio-widget');
    }
  }, [isScriptLoaded, token]);
  return <div id="jumio-widget" />;
}

// TODO(netverify-migrate): web-client-host: legacy v3 widget script https://netverify.com/widget/jumio-verify/2.0/iframe-script.js has no KYX equivalent: embed the KYX web client instead (web.href of the account create/update response in an <iframe allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen>) or the Jumio Web SDK (@jumio/websdk)
export default scriptLoader(['https://netverify.com/widget/jumio-verify/2.0/iframe-script.js'])(JumioWidget);
