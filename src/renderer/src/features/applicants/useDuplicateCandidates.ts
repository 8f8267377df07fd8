import { useEffect, useRef, useState } from 'react';
import { parseTypedDate } from '../../../../shared/records/partialDate';
import type { DuplicateCandidate } from '../../../../shared/search/searchResult';
import { call } from '../../api/client';

/** Typing pauses this long before the vault is asked. */
const DEBOUNCE_MS = 300;
/** Fewer letters of the family name than this match too many people to be worth showing. */
const MIN_LETTERS = 2;

/** What was asked: the candidates' reasons are read against it. */
export interface DuplicateLookup {
  familyName: string;
  givenName?: string;
  /** ISO partial date, when the typed birth date could be read. */
  birthDate?: string;
}

export interface DuplicateState {
  lookup: DuplicateLookup | undefined;
  candidates: DuplicateCandidate[];
}

const NONE: DuplicateState = { lookup: undefined, candidates: [] };

/**
 * People already in the vault who may be the one being typed in, asked for after a pause in the
 * typing of the family name, given name or birth date. A birth date that cannot be read yet (half
 * typed) is left out of the question. Answers that arrive late for older letters are dropped.
 */
export function useDuplicateCandidates({
  enabled,
  familyName,
  givenName,
  birthDate,
}: {
  enabled: boolean;
  familyName: string;
  givenName: string;
  /** As typed: dd.mm.yyyy, mm.yyyy or yyyy. */
  birthDate: string;
}): DuplicateState {
  const [state, setState] = useState<DuplicateState>(NONE);
  const sequence = useRef(0);
  const family = familyName.trim().slice(0, 120);
  const given = givenName.trim().slice(0, 120);
  const birth = birthDate.trim() ? parseTypedDate(birthDate) : undefined;
  const ready = enabled && (family.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS;

  useEffect(() => {
    const current = ++sequence.current;
    if (!ready) {
      setState(NONE);
      return;
    }
    const timer = setTimeout(() => {
      const lookup: DuplicateLookup = {
        familyName: family,
        ...(given ? { givenName: given } : {}),
        ...(birth ? { birthDate: birth } : {}),
      };
      call('applicants.possibleDuplicates', lookup).then(
        (candidates) => {
          if (current === sequence.current) setState({ lookup, candidates });
        },
        () => {
          // The warning is a help, not a gate: a failed look-up shows nothing and blocks nothing.
          if (current === sequence.current) setState(NONE);
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [ready, family, given, birth]);

  return state;
}
