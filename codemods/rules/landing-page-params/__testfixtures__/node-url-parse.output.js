const http = require('http');
const url = require('url');

http.createServer((req, res) => {
  const query = url.parse(req.url, true).query;
  if ('acquisitionStatus' in query) {
    res.end(query.acquisitionStatus + ' ' + query.workflowExecutionId);
  }
}).listen(8080);
