/** A short content hash (FNV-1a, 32 bits) for cache-busting the JSON files' URLs. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A JSON file's URL under the base path, with the hash of its content, so a changed file is never served stale. */
export function hashedFileUrl(base: string, file: string, content: unknown): string {
  return `${base}${file}?v=${contentHash(JSON.stringify(content))}`;
}
