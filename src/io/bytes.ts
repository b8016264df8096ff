/** Byte-string helpers over Uint8Array (the readers run where there is no Node Buffer). */

/** The bytes of an ASCII string (tag names, markers). */
export function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function matchesAt(hay: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let k = 1; k < needle.length; k++) if (hay[at + k] !== needle[k]) return false;
  return true;
}

/** Where `needle` first occurs in `hay` at or after `from`, or -1 (native search for its first byte). */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const last = hay.length - needle.length;
  for (let at = hay.indexOf(needle[0], from); at >= 0 && at <= last; at = hay.indexOf(needle[0], at + 1)) {
    if (matchesAt(hay, needle, at)) return at;
  }
  return -1;
}

/** Where `needle` last occurs in `hay`, or -1. */
export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  for (let at = hay.lastIndexOf(needle[0], hay.length - needle.length); at >= 0; at = at > 0 ? hay.lastIndexOf(needle[0], at - 1) : -1) {
    if (matchesAt(hay, needle, at)) return at;
  }
  return -1;
}

/** `a` followed by `b`, as a new array (or one of them when the other is empty). */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Latin-1 text of bytes (for markers and heads of files: every byte one character). */
export function latin1(bytes: Uint8Array, from = 0, to = bytes.length): string {
  let s = '';
  for (let i = from; i < to; i += 8192) s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  return s;
}
