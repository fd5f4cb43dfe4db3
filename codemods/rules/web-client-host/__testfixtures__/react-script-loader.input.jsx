import React from 'react';
import scriptLoader from 'react-async-script-loader';

function JumioWidget({ isScriptLoaded, token }) {
  React.useEffect(() => {
    if (isScriptLoaded) {
      window.JumioClient.setVars({ authorizationToken: token }).initVerify('jumio-widget');
    }
  }, [isScriptLoaded, token]);
  return <div id="jumio-widget" />;
}

export default scriptLoader(['https://netverify.com/widget/jumio-verify/2.0/iframe-script.js'])(JumioWidget);
