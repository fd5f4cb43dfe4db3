export function A() {
  return (
    <div>
      <iframe
        title="v"
        /* TODO(netverify-migrate): web-client-host: hard-coded legacy web-client URL https://acme.netverify.com/web/v4/app: on KYX the web-client URL is issued per transaction — use web.href from the account create/update response verbatim (served from acme.web.amer-1.jumio.ai or the host of your region) */
        src="https://acme.netverify.com/web/v4/app"
      />
    </div>
  );
}
