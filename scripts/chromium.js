// Debian's Chromium (installed by .ci/run; never downloaded) and the flags every headless start here uses:
// no sandbox (root), no GPU, and no background network services — this machine's closed network refuses
// their connections, many at a time, otherwise. Shared by the tests' page and screenshot helpers and the bench.
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
