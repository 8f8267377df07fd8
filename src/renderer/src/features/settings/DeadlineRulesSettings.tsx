import { useEffect, useId, useRef, useState } from 'react';
import type { EffectiveRule } from '../../../../shared/deadlines/deadlineRules';
import type { PanohError } from '../../../../shared/errors';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useT } from '../../i18n/I18nProvider';
import { RuleEditor } from './RuleEditor';
import { takeRulesFocusRequest } from './rulesFocus';
import './settings.css';

/**
 * The office's deadline rules: each with its trigger, its period, its legal source and whether it
 * is computed at all. A rule not yet checked against the law says so and asks to be confirmed.
 */
export function DeadlineRulesSettings() {
  const t = useT();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [rules, setRules] = useState<EffectiveRule[] | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);

  useEffect(() => {
    let current = true;
    call('deadlines.rules', {}).then(
      (next) => {
        if (current) setRules(next);
      },
      (error: unknown) => {
        if (current) setFailure(asPanohError(error));
      },
    );
    return () => {
      current = false;
    };
  }, []);

  // Opened from "Check the period in Settings": bring the rules into view, unconfirmed first.
  useEffect(() => {
    if (!rules || !takeRulesFocusRequest()) return;
    const unconfirmed = document.querySelector<HTMLElement>('.rule-card-unconfirmed .rule-name');
    const target = unconfirmed ?? titleRef.current;
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [rules]);

  return (
    <section className="settings-section rules-settings" id="deadline-rules" aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId} ref={titleRef} tabIndex={-1}>
        {t('settings.rules.title')}
      </h2>
      <p className="rules-intro">{t('settings.rules.intro')}</p>
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {rules ? (
        <ul className="rules-list">
          {rules.map((rule) => (
            <li key={rule.id}>
              <RuleEditor rule={rule} onSaved={setRules} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
