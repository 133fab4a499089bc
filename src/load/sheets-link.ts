/**
 * The cheap first test of `src` (in the first-paint bundle): a Google link
 * (or anything naming google.com), a `v2:` key, or a bare sheet ID (25+ letters, digits, `-`, `_`, as Google
 * writes them). Only then is the Sheets link conversion (./sheets.ts) loaded;
 * anything else is fetched as it is.
 */
export const maybeSheetsLink = (src: string): boolean => /google\.com|^\s*(v2:|[\w-]{25,}$)/i.test(src);
