/**
 * A council's short name as it appears in file names and derived ids: "Ynys Môn" → "ynys-mon",
 * "Brighton & Hove" → "brighton-hove". Empty when the name has no letters or digits.
 */
export function fileSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
