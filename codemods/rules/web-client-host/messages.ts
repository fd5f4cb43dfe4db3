// What web-client-host says about a legacy web-client URL or the v3 widget: its own module, free of the compiler,
// so the text scan of templates no rule parses (engine/template-scan.ts) says the same.
import { KYX, KYX_IFRAME_ALLOW_VALUE, KYX_REGIONS, kyxWebClientHost } from '../../../api/index.js';
import type { WebClientUrl } from '../../analysis-frontend/web-client-urls.js';

const HREF = `${KYX.web}.${KYX.href}`;
const REPLACE_WIDGET = `embed the KYX web client instead (${HREF} of the account create/update response in an <iframe allow="${KYX_IFRAME_ALLOW_VALUE}" allowfullscreen>) or the Jumio Web SDK (@jumio/websdk)`;

export function messageFor(url: WebClientUrl): string {
  if (url.kind === 'web-client') {
    const prefix = url.host.prefix ?? '<prefix>';
    return `hard-coded legacy web-client URL ${url.display}: on KYX the web-client URL is issued per transaction — use ${HREF} from the account create/update response verbatim (served from ${kyxWebClientHost(prefix, url.host.region ?? KYX_REGIONS[0])} or the host of your region)`;
  }
  if (url.kind === 'widget-script') return `legacy v3 widget script ${url.display} has no KYX equivalent: ${REPLACE_WIDGET}`;
  return `legacy resource host in ${url.display} (v3 widget) is not served for KYX: ${REPLACE_WIDGET}`;
}

/** The v3 widget's global (`JumioClient.setVars({ authorizationToken })`, `JumioClient.initVerify('JUMIOIFRAME')`). */
export function widgetCallMessage(method: string): string {
  return `legacy v3 widget JumioClient.${method}(…) (its events carry scanReference, not the KYX fields) has no KYX equivalent: ${REPLACE_WIDGET}`;
}
