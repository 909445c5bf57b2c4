/**
 * Which texts from files may become clickable links. Only http(s) addresses (a bare
 * "www.…" gets https://) and plain e-mail addresses do; `javascript:`, `data:`, `vbscript:`,
 * anything with spaces, control or direction characters, or user:password@ stays text.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069"'<>\\`]/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

/** The web address to open for `text`, or null when it must not be a link. */
export function safeWebUrl(text: string): string | null {
  const value = text.trim();
  if (value === '' || value.length > 2000 || UNSAFE_CHARS.test(value)) return null;
  const withScheme = /^www\./i.test(value) ? `https://${value}` : value;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || !url.hostname.includes('.')) return null;
  return url.href;
}

/** The mailto: link for `text`, or null when it is no plain e-mail address. */
export function safeMailto(text: string): string | null {
  const value = text.trim();
  if (value.length > 320 || UNSAFE_CHARS.test(value) || !EMAIL.test(value) || /[?&#%:/]/.test(value)) return null;
  return `mailto:${value}`;
}
