/** Being built in this change (issue 4): the search box in the header, focused by Ctrl+K. */
export function GlobalSearchBox() {
  return null;
}
