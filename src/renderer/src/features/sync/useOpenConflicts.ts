/** Being built in this change (issue 6): how many sync conflicts wait for a lawyer (the nav badge). */
export function useOpenConflicts(): number {
  return 0;
}
