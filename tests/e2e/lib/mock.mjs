// Serves www/ with a stand-in planning engine at /pkg/ (tests/e2e/fixtures/mockpkg), for UI
// tests written before the real engine (issue 5) landed. The real wasm is at /realpkg/.
import { join } from 'node:path';
import { serve } from '../../../tools/serve.mjs';
import { REPO } from './harness.mjs';

export function startMockServer() {
  const fixtures = join(REPO, 'tests', 'e2e', 'fixtures');
  return serve(join(REPO, 'www'), {
    mounts: { '/pkg/': join(fixtures, 'mockpkg'), '/realpkg/': join(REPO, 'www', 'pkg'), '/fixtures/': fixtures },
  });
}
