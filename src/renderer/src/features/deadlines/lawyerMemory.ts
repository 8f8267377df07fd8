import { onEvent } from '../../api/client';

/**
 * The lawyer chosen on the deadlines page, kept in memory while the vault is open (leaving the page
 * and coming back keeps it) and forgotten the moment the vault locks, like everything else shown.
 */
let remembered = '';
let listening = false;

export function rememberedLawyer(): string {
  return remembered;
}

export function rememberLawyer(lawyer: string): void {
  remembered = lawyer;
  if (!listening) {
    listening = true;
    onEvent('vault.locked', () => {
      remembered = '';
    });
  }
}
