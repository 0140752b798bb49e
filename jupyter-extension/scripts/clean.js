// Removes build outputs (compiled lib/, the prebuilt labextension, tsc's incremental state) before a release build,
// so a stale file from an older build can never end up in the wheel.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
for (const p of ['lib', 'stagesense_jupyter/labextension', 'tsconfig.tsbuildinfo']) {
  fs.rmSync(path.join(root, p), { recursive: true, force: true });
}
