// How printed text breaks: never inside a number, and summary lines cut short at a word.

/** No line break inside a number: "10 000", "22 av 281", "84 %" are joined with no-break spaces. */
export function unbroken(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}\b)/g, '$1\u00a0')
    .replace(/(\d) av (?=\d)/g, '$1\u00a0av\u00a0')
    .replace(/(\d) (?=%|procentenhet)/g, '$1\u00a0');
}

/** The text cut at a word boundary with an ellipsis, so a summary line stays one or two lines long. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
