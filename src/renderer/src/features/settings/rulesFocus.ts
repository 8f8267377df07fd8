/**
 * "Check the period in Settings" on the deadlines page opens Settings at the deadline rules: the
 * request waits here until the rules section has loaded, then it takes the focus once.
 */
let requested = false;

export function requestRulesFocus(): void {
  requested = true;
}

export function takeRulesFocusRequest(): boolean {
  const was = requested;
  requested = false;
  return was;
}
