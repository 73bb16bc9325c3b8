/** A header as the tables compare it: ignoring spaces, case, full-width forms and a `*` mark. */
export function normalizeHeaderText(text: string): string {
  return text.normalize('NFKC').replace(/[\s*＊]+/g, '').toLowerCase();
}
