'use strict';
// A processor comparing a value that is not its parameter's callBackType with the callback type proves nothing:
// here the app's own job kind, and no callback field but callBackType's spelling in a log line.
class JobRouter {
  static route(job) {
    if (job.kind === 'NETVERIFY_AUTHENTICATION') return 'face-login-queue';
    return job.queue;
  }
}

module.exports = { JobRouter };
