// Legacy front-end code in page templates no rule parses (template-scan.ts through scanConfigText): landing-page
// reads of the legacy redirect parameters, origin checks against the legacy web client, a legacy handler's event
// reads and its frame — written several ways — and the lookalikes that must stay unlisted (payment return pages,
// 3-D Secure, other vendors' handlers, hosts that only look like netverify.com, migrated KYX code).
import { describe, expect, it } from 'vitest';
import { KYX_IFRAME_ALLOW } from '../../api/index.js';
import { scanConfigText } from '../../codemods/engine/text-scan.js';
import { isUnparsedTemplateName, kindOf } from '../../codemods/engine/file-kinds.js';

const items = (path: string, text: string): string[] => scanConfigText(path, text).map((i) => `${i.line} ${i.rule}`);

describe('file kinds', () => {
  it('Marko and Ember template-tag components are unparsed templates', () => {
    for (const f of ['verify.marko', 'Verify.gjs', 'verify.gts']) expect(isUnparsedTemplateName(f), f).toBe(true);
    for (const f of ['verify.ts', 'verify.mjs', 'verify.gs']) expect(isUnparsedTemplateName(f), f).toBe(false);
  });

  it('Latte, Dust and Mako pages (their single-brace tags sit inside script code) are unparsed templates; Eta and ColdFusion pages are parsed', () => {
    for (const f of ['verify.latte', 'verify.dust', 'verify.mako']) expect(isUnparsedTemplateName(f), f).toBe(true);
    for (const f of ['verify.eta', 'verify.cfm']) expect(isUnparsedTemplateName(f), f).toBe(false);
  });
});

describe('round-12 hold-out: file kinds not discovered at all', () => {
  it('a classic ASP page (.asp) and a Magento/Zend view (.phtml) are pages parsed like JSP and PHP', () => {
    for (const f of ['Verify.asp', 'view/frontend/templates/kyc_frame.phtml']) {
      expect(kindOf(f), f).toBe('html');
      expect(isUnparsedTemplateName(f), f).toBe(false);
    }
  });
});

describe('Go templ components (round-11 hold-out: not discovered at all)', () => {
  it('are unparsed templates, and a legacy frame, origin check and event read in one are listed', () => {
    expect(isUnparsedTemplateName('views/verify.templ')).toBe(true);
    const page = [
      'templ VerifyIdentity(redirectURL string) {',
      '\t<iframe src={ redirectURL } allow="camera;fullscreen" allowfullscreen></iframe>',
      '\t<script>',
      "\t\twindow.addEventListener('message', function (event) {",
      "\t\t\tif (!event.origin.endsWith('.netverify.com')) return;",
      '\t\t\tvar data = JSON.parse(event.data);',
      "\t\t\tif (data.payload.value === 'success') location.href = '/done?ref=' + data.transactionReference;",
      '\t\t});',
      '\t</script>',
      '}',
    ].join('\n');
    expect(items('views/verify.templ', page)).toEqual(['2 iframe-allow', '5 iframe-event-handler', '7 iframe-event-handler']);
  });
});

describe('landing pages: transactionStatus with transactionReference', () => {
  it('Razor: Request.Query["…"] with a SUCCESS comparison', () => {
    const page = [
      '@{',
      '  var status = Context.Request.Query["transactionStatus"];',
      '  var reference = Context.Request.Query["transactionReference"];',
      '}',
      '@if (status == "SUCCESS") { <p>Thanks (@reference)</p> }',
    ].join('\n');
    expect(items('Views/Identity/Done.cshtml', page)).toEqual(['2 landing-page-params', '3 landing-page-params']);
    expect(scanConfigText('Done.cshtml', page)[0]!.message).toContain('transactionStatus (KYX: acquisitionStatus)');
  });

  it('Marko: one destructuring of both, with errorCode', () => {
    const page = "$ const { transactionStatus, transactionReference, errorCode } = input.query;\n<p>${transactionStatus}</p>\n";
    expect(items('done.marko', page)).toEqual(['1 landing-page-params']);
  });

  it('Velocity getParameter and Pug member reads', () => {
    expect(items('done.vm', '#set($s = $request.getParameter("transactionStatus"))\n#set($r = $request.getParameter("transactionReference"))\n#if($s == "ERROR")failed#end\n'))
      .toEqual(['1 landing-page-params', '2 landing-page-params']);
    expect(items('done.pug', "if query.transactionStatus === 'SUCCESS'\n  p Reference #{query.transactionReference}\n")).toEqual(['1 landing-page-params', '2 landing-page-params']);
  });

  it('lookalikes stay unlisted: a payment page reading transactionStatus alone, a PSP return and a 3-D Secure page reading both', () => {
    expect(items('pay/done.liquid', "---\nconst status = Astro.url.searchParams.get('transactionStatus');\nconst order = Astro.url.searchParams.get('orderId');\n---\n{status === 'SUCCESS' ? <p>Paid</p> : <p>Failed</p>}\n")).toEqual([]);
    expect(items('return.marko', "$ const { transactionStatus, transactionReference } = input.query;\n<if(transactionStatus === 'APPROVED')><p>Order ${transactionReference} confirmed, checkout complete</p></if>\n")).toEqual([]);
    const threeDs = [
      '@{ var pares = Request.Form["PaRes"]; var status = Request.Query["transactionStatus"]; var reference = Request.Query["transactionReference"]; }',
      '@if (status == "SUCCESS") { <p>3-D Secure payment authorised (@reference)</p> }',
    ].join('\n');
    expect(items('Views/Payment/ThreeDs.cshtml', threeDs)).toEqual([]);
    // Only the 3-D Secure words tell it apart.
    const acs = '@{ var status = Request.Query["transactionStatus"]; var reference = Request.Query["transactionReference"]; }\n<h1>3-D Secure check</h1>\n@if (status == "SUCCESS") { <p>Done (@reference)</p> }\n';
    expect(items('Views/Acs/Return.cshtml', acs)).toEqual([]);
  });

  it('a page that only writes the parameters (a link to the landing page) is not a landing page', () => {
    expect(items('test.liquid', '<a href="/done?transactionStatus=SUCCESS&transactionReference=x">preview</a>\n')).toEqual([]);
  });

  it('a migrated KYX landing page stays unlisted', () => {
    expect(items('done.liquid', "---\nconst s = Astro.url.searchParams.get('acquisitionStatus');\nconst r = Astro.url.searchParams.get('workflowExecutionId');\n---\n{s === 'SUCCESS' && <p>{r}</p>}\n")).toEqual([]);
  });
});

describe('legacy message handlers', () => {
  const handler = (origin: string, frame = '<iframe src={url} allow="camera;fullscreen" allowfullscreen></iframe>') => [
    '<script>',
    "  window.addEventListener('message', (event) => {",
    `    ${origin}`,
    '    const data = JSON.parse(event.data);',
    "    if (data.payload.value === 'success') location.assign('/done?ref=' + data.transactionReference);",
    '  });',
    '</script>',
    frame,
  ].join('\n');

  it('a regex or suffix origin check, the event read and the frame', () => {
    const expected = ['3 iframe-event-handler', '5 iframe-event-handler', '8 iframe-allow'];
    expect(items('verify.liquid', handler('if (!/\\.netverify\\.com$/.test(event.origin)) return;'))).toEqual(expected);
    expect(items('verify.gts', handler("if (!event.origin.endsWith('.netverify.com')) return;"))).toEqual(expected);
    expect(items('verify.marko', handler("if (!new RegExp('\\\\.netverify\\\\.com$').test(event.origin)) return;"))).toEqual(expected);
    expect(scanConfigText('verify.gts', handler("if (!event.origin.endsWith('.netverify.com')) return;"))[0]!.message).toMatch(/origin is checked against the legacy web client .*jumio\.ai/);
  });

  it('a full legacy origin URL is reported once, as a URL; the reads and the frame follow', () => {
    expect(items('verify.liquid', handler("if (event.origin !== 'https://acme.netverify.com') return;"))).toEqual(['3 legacy-endpoint', '5 iframe-event-handler', '8 iframe-allow']);
  });

  it('a frame of another site on the page, and a frame that already has the KYX list, are not listed', () => {
    const youtube = '<iframe src="https://www.youtube-nocookie.com/embed/x" allow="autoplay; fullscreen"></iframe>';
    expect(items('verify.liquid', handler('if (!/\\.netverify\\.com$/.test(event.origin)) return;', youtube))).toEqual(['3 iframe-event-handler', '5 iframe-event-handler']);
    const kyx = '<iframe src={url} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>';
    expect(items('verify.liquid', handler('if (!/\\.netverify\\.com$/.test(event.origin)) return;', kyx))).toEqual(['3 iframe-event-handler', '5 iframe-event-handler']);
  });

  it('a frame in Pug, Slim or Haml syntax is listed like an <iframe> tag (one with the KYX list, or another site\'s, is not)', () => {
    const pug = (frame: string) => ['block content', `  ${frame}`, '  script.', "    window.addEventListener('message', function (event) {",
      "      if (!event.origin.endsWith('.netverify.com')) return;", '      var data = JSON.parse(event.data);',
      "      window.location = '/done?ref=' + data.transactionReference;", '    });', ''].join('\n');
    expect(items('verify.pug', pug('iframe#kyc(src=redirectUrl, width="640", allow="camera;fullscreen", allowfullscreen)'))).toEqual(['2 iframe-allow', '5 iframe-event-handler', '7 iframe-event-handler']);
    expect(items('verify.pug', pug('iframe(\n    src=redirectUrl\n    allow="camera;fullscreen"\n  )'))).toContain('2 iframe-allow');
    expect(items('verify.slim', pug('iframe src=redirect_url allow="camera;fullscreen" allowfullscreen=true'))).toContain('2 iframe-allow');
    expect(items('verify.haml', pug('%iframe{ src: @redirect_url, allow: "camera;fullscreen", allowfullscreen: true }'))).toContain('2 iframe-allow');
    expect(items('verify.pug', pug(`iframe(src=redirectUrl, allow="${KYX_IFRAME_ALLOW.join(';')}", allowfullscreen)`))).not.toContain('2 iframe-allow');
    expect(items('verify.pug', pug('iframe(src="https://www.youtube-nocookie.com/embed/x", allow="autoplay; fullscreen")'))).not.toContain('2 iframe-allow');
    expect(items('verify.pug', pug('p iframe-free text'))).not.toContain('2 iframe-allow');
  });

  it('lookalikes stay unlisted: another vendor, hosts that only look like netverify.com, a migrated handler', () => {
    expect(items('selfie.liquid', handler("if (event.origin !== 'https://magic.veriff.me') return;"))).toEqual([]);
    expect(items('a.gjs', handler("if (!event.origin.endsWith('.notnetverify.com')) return;"))).toEqual([]);
    expect(items('b.gjs', handler("if (!/netverify\\.com\\.evil\\.io$/.test(event.origin)) return;"))).toEqual([]);
    expect(items('c.marko', handler("if (!event.origin.endsWith('.jumio.ai')) return;").replace('transactionReference', 'workflowExecutionId'))).toEqual([]);
  });

  it('the vendor\'s doc sample, which checks no origin, ties the page to the legacy client; a 3-D Secure page reading the same two fields does not', () => {
    const page = (origin: string, fields: string[]) => [
      '<iframe src="<%= RedirectUrl %>" allow="camera;fullscreen" allowfullscreen></iframe>',
      '<script>',
      '  function receiveMessage(event) {',
      `    ${origin}`,
      '    var data = window.JSON.parse(event.data);',
      "    console.log('transaction reference:', data.transactionReference);",
      ...fields.map((f) => `    console.log('${f}:', data.${f});`),
      "    if (data.payload.value === 'success') __doPostBack('done', data.transactionReference);",
      '  }',
      "  window.addEventListener('message', receiveMessage, false);",
      '</script>',
    ].join('\n');
    const sample = ['authorizationToken', 'eventType', 'dateTime', 'payload.metainfo'];
    expect(items('Verify.aspx', page('', sample))).toEqual(['1 iframe-allow', '6 iframe-event-handler', '11 iframe-event-handler']);
    expect(items('Verify.vm', page('', ['eventType', 'payload.metainfo']))).toEqual(['1 iframe-allow', '6 iframe-event-handler', '9 iframe-event-handler']);
    expect(items('Pay.aspx', page("if (event.origin !== 'https://acs.paygate.example') return;", sample))).toEqual([]);
    expect(items('Pay.aspx', page('', ['eventType']))).toEqual([]);
  });

  it('a transactionReference read without a message listener is not an event read', () => {
    expect(items('receipt.liquid', "---\nconst { transactionReference } = await getReceipt();\n---\n<p>{receipt.transactionReference}</p>\n")).toEqual([]);
  });
});

describe('the legacy web client and the v3 widget', () => {
  it('a Pug/Jade or Haml page embedding the v3 widget: its script URL and its JumioClient calls, as web-client-host says', () => {
    const jade = [
      'html',
      '  head',
      "    script(src='https://netverify.com/widget/jumio-verify/2.0/iframe-script.js')",
      "    script(type='text/javascript').",
      "      JumioClient.setVars({ authorizationToken: '#{token}' });",
      "      JumioClient.initVerify('JUMIOIFRAME');",
      '  body',
      '    #JUMIOIFRAME',
    ].join('\n');
    // setVars and initVerify are one integration of the widget: one item, at setVars, as web-client-host gives a parsed
    // page (this expected a second item at initVerify until session 9: two items for one change to make).
    expect(items('views/verify.jade', jade)).toEqual(['3 web-client-host', '5 web-client-host']);
    // initVerify alone (setVars called in another file) keeps its item.
    expect(items('views/mount.pug', "script.\n  JumioClient.initVerify('JUMIOIFRAME');\n")).toEqual(['2 web-client-host']);
    expect(scanConfigText('verify.jade', jade)[0]!.message).toContain('legacy v3 widget script https://netverify.com/widget/jumio-verify/2.0/iframe-script.js');
    const haml = '%script{ src: "https://lon.netverify.com/widget/jumio-verify/2.0/iframe-script.js" }\n';
    expect(items('verify.html.haml', haml)).toEqual(['1 web-client-host']);
  });

  it('lookalikes stay unlisted: another JumioClient-less widget, the KYX web client', () => {
    expect(items('verify.pug', "script(src='https://cdn.onfido.com/sdk/onfido.min.js')\nscript.\n  Onfido.init({ token: '#{token}' })\n")).toEqual([]);
    expect(items('verify.pug', "iframe(src='https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=x', allow='camera;fullscreen;accelerometer;gyroscope;magnetometer', allowfullscreen)\n")).toEqual([]);
  });
});
