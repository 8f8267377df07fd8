import type { ReactNode } from 'react';

export type TextRange = readonly [start: number, end: number];

/**
 * The ranges as [start, end) offsets inside a text of `length` characters: clamped, sorted, with
 * empty ones dropped and overlapping or touching ones merged, so each character is marked once.
 */
export function normalizeRanges(ranges: readonly TextRange[], length: number): [number, number][] {
  const clamped = ranges
    .map(([start, end]): [number, number] => [Math.max(0, Math.min(start, length)), Math.max(0, Math.min(end, length))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of clamped) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Text with the parts that matched a search drawn as <mark>: the offsets come from the core
 * (`search.query` → matches[].ranges) and refer to `text` exactly as given. Screen readers read the
 * text as one piece; the marks only change how it looks.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] | undefined }) {
  const marked = normalizeRanges(ranges ?? [], text.length);
  if (marked.length === 0) return <>{text}</>;
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marked) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(
      <mark key={start} className="search-mark">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}
