// Labels for the open ports our network scanner reports in the asset inventory.
function serviceForPort(port) {
  switch (port) {
    case 22: return 'SSH';
    case 443: return 'HTTPS';
    case 9100: return 'JetDirect printer / node_exporter';
    case 9200: return 'Elasticsearch HTTP';
    case 9300: return 'Elasticsearch transport';
    case 9400: return 'Dev proxy (team convention)';
    case 9800: return 'WebDAV';
    case 9836: return 'Build cache (team convention)';
    default: return 'unknown';
  }
}

module.exports = { serviceForPort };
