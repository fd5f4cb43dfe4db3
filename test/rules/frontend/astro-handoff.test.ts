// Astro components are among the repository's scripts a global hand-off is followed into (handoff.ts repoScripts):
// a proven listener hands the parsed event to window.onJumioResult, assigned in an Astro component's <script>.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, run } from '../../support/handler-repo.js';

const LISTENER = `<!DOCTYPE html>
<html><body>
<iframe id="jumio" allow="camera;fullscreen" allowfullscreen></iframe>
<script>
  window.addEventListener('message', function (e) {
    var data = JSON.parse(e.data);
    if (data.payload !== undefined) {
      console.log(data.eventType, data.dateTime, data.payload.value);
      window.onJumioResult && window.onJumioResult(data);
    }
  });
</script>
</body></html>
`;

const ASTRO = `---
// src/components/Result.astro
const { title } = Astro.props;
---
<h2>{title}</h2>
<p id="ref"></p>
<script>
  window.onJumioResult = (data) => {
    document.getElementById('ref')!.textContent = data.transactionReference;
    fetch('/api/kyc', { method: 'POST', body: JSON.stringify({ ref: data.transactionReference, status: data.payload.value }) });
  };
</script>
`;

describe('global hand-off into an Astro component', () => {
  it('follows window.onJumioResult into the <script> of an .astro file and renames its reads there', () => {
    const root = repo({ 'public/index.html': LISTENER, 'src/components/Result.astro': ASTRO });
    const r = run(root, 'public/index.html');
    expect(r.error).toBeUndefined();
    const astro = join(root, 'src/components/Result.astro');
    expect(r.external.map((x) => x.absPath)).toEqual([astro]);
    const out = run(root, 'src/components/Result.astro', r.external);
    expect(out.error).toBeUndefined();
    expect(out.output).toBe(ASTRO.replaceAll('data.transactionReference', 'data.workflowExecutionId'));
  });
});
