import Script from 'next/script';
import type { ReactNode } from 'react';

// Layout of /verify: the Netverify client's events are caught by an inline script (the page is server-rendered).
export default function VerifyLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Script id="jumio-events" strategy="afterInteractive">{`
        window.addEventListener('message', function (event) {
          if (event.origin.indexOf('netverify.com') === -1) return;
          var data = JSON.parse(event.data);
          if (data.payload.value === 'success') {
            window.location.href = '/verify/done?ref=' + encodeURIComponent(data.transactionReference);
          }
        });
      `}</Script>
    </>
  );
}
