/**
 * Characters XML 1.0 forbids anywhere in a document, even escaped: the C0
 * controls but tab, line feed and carriage return (`\u001b` …), U+FFFE,
 * U+FFFF and unpaired surrogates. `XMLSerializer` writes them as they are,
 * which makes the file unreadable (and an `<img>` of it fails to load).
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without the characters XML forbids (the others are untouched). */
export const stripNonXml = (text: string): string => text.replace(NOT_XML, '');
