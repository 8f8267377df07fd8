import { type ReactNode, type RefObject, useId, useState } from 'react';
import type { PanohError } from '../../../../shared/errors';
import type { Conflict } from '../../../../shared/sync/bundle';
import { asPanohError, call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import { fieldLabel, formatTimestamp, valueText } from './syncText';

type Side = 'winner' | 'loser';

interface ConflictsInboxProps {
  conflicts: Conflict[];
  /** "FAMILY Given" of each applicant a conflict belongs to; absent when the record is not found. */
  names: ReadonlyMap<string, string>;
  /** Called after a decision, to read the conflicts again. */
  onResolved(): Promise<void>;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * Conflicts waiting for a lawyer: who, which field, both values with the computer and the time of
 * each, which one is kept for now, and a choice that is written as a new change.
 */
export function ConflictsInbox({ conflicts, names, onResolved, headingRef }: ConflictsInboxProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [busy, setBusy] = useState<number | undefined>(undefined);
  const [failure, setFailure] = useState<PanohError | undefined>(undefined);
  const [decided, setDecided] = useState(false);

  const keep = async (conflict: Conflict, side: Side) => {
    if (busy !== undefined) return;
    setBusy(conflict.id);
    setFailure(undefined);
    setDecided(false);
    try {
      await call('sync.resolveConflict', { id: conflict.id, keep: side });
      await onResolved();
      setDecided(true);
      headingRef.current?.focus();
    } catch (error) {
      setFailure(asPanohError(error));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="sync-card sync-conflicts" aria-labelledby={titleId}>
      <div className="sync-card-heading">
        <h2 className="section-title" id={titleId} tabIndex={-1} ref={headingRef}>
          {t('sync.conflicts.title')}
        </h2>
        {conflicts.length > 0 ? (
          <span className="conflicts-count">{t('sync.conflicts.count', { count: conflicts.length })}</span>
        ) : null}
      </div>
      <p className="sync-lead">{t('sync.conflicts.intro')}</p>
      <div role="status">{decided ? <p className="success">{t('sync.conflicts.resolved')}</p> : null}</div>
      <FormAlert message={failure ? errorMessage(t, failure) : undefined} />
      {conflicts.length === 0 ? (
        <p className="sync-empty">{t('sync.conflicts.none')}</p>
      ) : (
        <ul className="conflict-list">
          {conflicts.map((conflict) => (
            <li key={conflict.id}>
              <ConflictCard
                conflict={conflict}
                name={conflict.applicantId ? names.get(conflict.applicantId) : undefined}
                busy={busy === conflict.id}
                onKeep={(side) => void keep(conflict, side)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ConflictCard({
  conflict,
  name,
  busy,
  onKeep,
}: {
  conflict: Conflict;
  name: string | undefined;
  busy: boolean;
  onKeep(side: Side): void;
}) {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  const titleId = useId();
  const where = t(`sync.conflicts.where.${conflict.tbl}`);
  const field = fieldLabel(t, language, conflict);
  const applicantId = conflict.applicantId;

  let title: ReactNode;
  if (applicantId) {
    title = name ? (
      <button
        type="button"
        className="link-button conflict-person"
        onClick={() => void navigate({ area: 'applicants', applicantId })}
      >
        {name}
      </button>
    ) : (
      t('sync.conflicts.unknownPerson')
    );
  } else if (conflict.tbl === 'incidents') {
    title = (
      <button
        type="button"
        className="link-button conflict-person"
        onClick={() => void navigate({ area: 'incidents', incidentId: conflict.rowId })}
      >
        {where}
      </button>
    );
  } else {
    title = where;
  }

  return (
    <article className="conflict" aria-labelledby={titleId} aria-busy={busy}>
      <h3 className="conflict-title" id={titleId}>
        {title}
      </h3>
      <p className="conflict-field">{t('sync.conflicts.fieldLine', { where, field })}</p>
      <div className="conflict-sides">
        <ConflictSide conflict={conflict} side="winner" busy={busy} onKeep={onKeep} />
        <ConflictSide conflict={conflict} side="loser" busy={busy} onKeep={onKeep} />
      </div>
    </article>
  );
}

function ConflictSide({
  conflict,
  side,
  busy,
  onKeep,
}: {
  conflict: Conflict;
  side: Side;
  busy: boolean;
  onKeep(side: Side): void;
}) {
  const { t, language } = useI18n();
  const valueId = useId();
  const data = conflict[side];
  const kept = side === 'winner';
  return (
    <fieldset className={kept ? 'conflict-side conflict-side-kept' : 'conflict-side'}>
      <legend className="conflict-side-label">{kept ? t('sync.conflicts.kept') : t('sync.conflicts.other')}</legend>
      <p className="conflict-value" id={valueId}>
        {valueText(t, language, conflict, data.value)}
      </p>
      <p className="conflict-meta">{t('sync.conflicts.from', { device: data.device, at: formatTimestamp(data.at) })}</p>
      <button
        type="button"
        className="button button-secondary"
        aria-describedby={valueId}
        aria-disabled={busy || undefined}
        onClick={() => onKeep(side)}
      >
        {t('sync.conflicts.keep')}
      </button>
    </fieldset>
  );
}
