import { h } from './dom.js';

/** Hands a file the worker made to the browser's downloads (nothing leaves the computer: a blob: URL). */
export function saveFile(name: string, mime: string, data: Uint8Array | string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
