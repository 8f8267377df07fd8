import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { FormField } from '../../components/FormField';
import { useT } from '../../i18n/I18nProvider';

/** How many words of the 24 are asked back. */
export const WORDS_ASKED = 3;

/** Three different places among `count`, at random, in order: which words to ask back. */
export function pickPlaces(count: number, random: (n: number) => number = cryptoIndex): number[] {
  const places = new Set<number>();
  while (places.size < Math.min(WORDS_ASKED, count)) places.add(random(count));
  return [...places].sort((a, b) => a - b);
}

function cryptoIndex(n: number): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value % n;
}

/** The typed word read as the list writes it: one word, any case, spaces around ignored. */
export function sameWord(typed: string, word: string): boolean {
  return typed.trim().toLowerCase() === word.toLowerCase();
}

/**
 * Three of the office key's words asked back from the paper copy, before the words leave the screen:
 * a copy with a word misread would not let a colleague join. A wrong word says which, and the list
 * can be shown again.
 */
export function OfficeWordsCheck({
  words,
  onChecked,
  onShowAgain,
}: {
  words: string[];
  onChecked(): void;
  onShowAgain(): void;
}) {
  const t = useT();
  const titleId = useId();
  const [places] = useState(() => pickPlaces(words.length));
  const [typed, setTyped] = useState<string[]>(() => places.map(() => ''));
  const [wrong, setWrong] = useState<number[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);

  useEffect(() => firstRef.current?.focus(), []);

  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const mismatched = places.filter((place, index) => !sameWord(typed[index] ?? '', words[place] ?? ''));
    setWrong(mismatched);
    if (mismatched.length === 0) onChecked();
  };

  return (
    <section className="sync-card office-words-card" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId} tabIndex={-1} ref={headingRef}>
        {t('caseFile.words.checkTitle')}
      </h2>
      <p className="sync-lead">{t('caseFile.words.checkIntro', { count: WORDS_ASKED })}</p>
      <form className="form office-words-check" onSubmit={check} noValidate>
        {places.map((place, index) => (
          <FormField
            key={place}
            label={t('caseFile.words.wordNumber', { number: place + 1 })}
            error={wrong.includes(place) ? t('caseFile.words.wrong', { number: place + 1 }) : undefined}
          >
            {(field) => (
              <input
                {...field}
                ref={index === 0 ? firstRef : undefined}
                className="input"
                value={typed[index]}
                autoComplete="off"
                autoCapitalize="off"
                autoCorrect="off"
                spellCheck={false}
                onChange={(event) => setTyped((all) => all.map((word, i) => (i === index ? event.target.value : word)))}
              />
            )}
          </FormField>
        ))}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('caseFile.words.checkSubmit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onShowAgain}>
            {t('caseFile.words.showAgain')}
          </button>
        </div>
      </form>
    </section>
  );
}
