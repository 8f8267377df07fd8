import { useT } from '../../i18n/I18nProvider';

/** The caption and column heads Recently deleted's tables share: kind, record, a date, actions. */
export function TrashTableHead({ caption, dateColumn }: { caption: string; dateColumn: string }) {
  const t = useT();
  return (
    <>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('trash.column.kind')}</th>
          <th scope="col">{t('trash.column.label')}</th>
          <th scope="col">{dateColumn}</th>
          <th scope="col">
            <span className="visually-hidden">{t('trash.column.actions')}</span>
          </th>
        </tr>
      </thead>
    </>
  );
}

/** A row's small action button: named with the row's record, waiting while another action runs. */
export function RowAction({
  text,
  name,
  danger,
  busy,
  onClick,
}: {
  text: string;
  name: string;
  danger?: boolean;
  busy: boolean;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      className={danger ? 'button button-danger-quiet button-small' : 'button button-outline button-small'}
      aria-label={name}
      aria-disabled={busy || undefined}
      onClick={onClick}
    >
      {text}
    </button>
  );
}
