/** Spoken words as the skill compares them: lower case, punctuation and hyphens as spaces, single spaces. */
export function normaliseSpoken(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-_.,!?'"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
