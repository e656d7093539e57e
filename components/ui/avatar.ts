/** Decides which photo URLs a prospect's avatar may load, and the initials shown otherwise. */

/** Raster images inlined by the capture need no request at all; SVG is left out (it is a document). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/]+={0,2}$/i;

/**
 * The URL to load for a photo, or null when it must not be loaded: only `https:` URLs (no
 * credentials, no control characters) and base64 raster `data:image/...` URLs pass; `http:`,
 * `javascript:`, `file:`, `chrome-extension:`, `blob:` and anything unparsable do not.
 */
export function safePhotoUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  // URL parsing would silently drop tabs and newlines: a URL that contains them was not meant for us.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters.
  if (trimmed === '' || /[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  if (DATA_IMAGE.test(trimmed)) return trimmed;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (
    parsed.protocol !== 'https:' ||
    parsed.username !== '' ||
    parsed.password !== '' ||
    parsed.hostname === ''
  )
    return null;
  return parsed.href;
}

/** Up to two initials (first and last word) of a name, from letters and digits only; "?" if none. */
export function initialsOf(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/\s+/u)
    .map((w) => w.match(/[\p{L}\p{N}]/u)?.[0])
    .filter((c): c is string => c !== undefined);
  if (words.length === 0) return '?';
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}
