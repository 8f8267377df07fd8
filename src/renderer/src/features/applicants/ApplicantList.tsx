import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { applicantSortFields } from '../../../../shared/records/applicantSummary';
import { call } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { errorMessage } from '../../forms/formMessages';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigation } from '../shell/navigation';
import { ApplicantListFilters } from './ApplicantListFilters';
import { countryLabel } from './codeOptions';
import { countApplicants, fullName, showDate, showDay } from './format';
import { ListEmptyState } from './ListEmptyState';
import { ListExportPanel } from './ListExportPanel';
import { StatusBadge } from './StatusBadge';
import { useAltShortcut } from './useAltShortcut';
import { type ListQuery, useApplicantPages } from './useApplicantPages';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 46;
type SortField = (typeof applicantSortFields)[number];

/** What the list remembers while the lawyer opens a file and comes back. */
export interface ListView {
  query: ListQuery;
  scrollTop: number;
  activeIndex: number;
}
export const initialListView: ListView = {
  query: { sort: 'familyName', direction: 'asc' },
  scrollTop: 0,
  activeIndex: 0,
};

/**
 * Every applicant, virtualised: only the rows in view (and a few around them) are in the page, so
 * 100,000 scroll like 100. Rows are fetched in pages of 100 as they come into view. Arrow keys,
 * Page Up/Down, Home and End move between rows; Enter opens one. Alt+N starts a new intake.
 */
export function ApplicantList({
  view,
  onViewChange,
  headingRef,
  onOpen,
  onNew,
}: {
  view: ListView;
  onViewChange(next: ListView): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onOpen(id: string): void;
  onNew(): void;
}) {
  const { t, language } = useI18n();
  const { navigate } = useNavigation();
  const captionId = useId();
  const { query } = view;
  const { total, error, rowAt, ensure } = useApplicantPages(query);
  const [lawyers, setLawyers] = useState<string[]>([]);
  const [exporting, setExporting] = useState(false);
  const [active, setActive] = useState(view.activeIndex);
  const scrollRef = useRef<HTMLDivElement>(null);
  const scrollTop = useRef(view.scrollTop);
  const focusPending = useRef(false);
  const rowButtons = useRef(new Map<number, HTMLButtonElement>());
  const viewRef = useRef(view);
  viewRef.current = view;
  const activeRef = useRef(active);
  activeRef.current = active;

  useEffect(() => {
    call('applicants.lawyers', {}).then(setLawyers, () => {});
  }, []);

  useAltShortcut('KeyN', onNew);

  // Scroll position and the row in focus survive opening a file and coming back.
  useEffect(
    () => () => onViewChange({ ...viewRef.current, scrollTop: scrollTop.current, activeIndex: activeRef.current }),
    [onViewChange],
  );

  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: view.scrollTop,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];

  useEffect(() => {
    if (first && last) ensure(first.index, last.index);
  }, [first, last, ensure]);

  const setQuery = useCallback(
    (next: ListQuery) => {
      onViewChange({ query: next, scrollTop: 0, activeIndex: 0 });
      setActive(0);
      scrollTop.current = 0;
      scrollRef.current?.scrollTo({ top: 0 });
    },
    [onViewChange],
  );

  const sortBy = (field: SortField) => {
    const direction =
      query.sort === field ? (query.direction === 'asc' ? 'desc' : 'asc') : field === 'updatedAt' ? 'desc' : 'asc';
    setQuery({ ...query, sort: field, direction });
  };

  // After a key moved the active row: focus it once it is rendered.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const button = rowButtons.current.get(active);
    if (button) {
      focusPending.current = false;
      button.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const pageRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
  const onRowKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const activeRendered = items.some((item) => item.index === active);
  const tabbable = activeRendered
    ? active
    : (items.find((item) => item.start >= (virtualizer.scrollOffset ?? 0) + HEADER_HEIGHT)?.index ?? first?.index);
  const filtered = Boolean(query.namePrefix || query.status || query.citizenship || query.lawyer);

  const sortHeader = (field: SortField, label: string) => {
    const current = query.sort === field;
    return (
      <th scope="col" aria-sort={current ? (query.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => sortBy(field)}>
          <span>{label}</span>
          <svg
            className={current ? `sort-icon sort-${query.direction}` : 'sort-icon'}
            viewBox="0 0 10 14"
            aria-hidden="true"
            focusable="false"
          >
            <path className="sort-up" d="M5 1l4 5H1z" />
            <path className="sort-down" d="M5 13l4-5H1z" />
          </svg>
        </button>
      </th>
    );
  };

  const topSpace = first ? first.start - HEADER_HEIGHT : 0;
  const bottomSpace = last ? virtualizer.getTotalSize() - last.end : 0;

  return (
    <div className="page applicants applicant-list-page">
      <div className="page-heading list-heading">
        <div className="list-title">
          <h1 className="page-title" tabIndex={-1} ref={headingRef}>
            {t('applicants.title')}
          </h1>
          <p className="list-count" role="status">
            {total === undefined ? '' : countApplicants(t, language, total)}
          </p>
        </div>
        <div className="list-actions">
          {total ? (
            <button type="button" className="button button-outline" onClick={() => setExporting(true)}>
              {t('applicants.export.open')}
            </button>
          ) : null}
          <button type="button" className="button button-primary" onClick={onNew} aria-keyshortcuts="Alt+N">
            {t('applicants.list.new')}
            <kbd className="shortcut">{t('applicants.altNShortcut')}</kbd>
          </button>
        </div>
      </div>
      {exporting && total ? <ListExportPanel query={query} total={total} onClose={() => setExporting(false)} /> : null}

      <ApplicantListFilters query={query} lawyers={lawyers} onChange={setQuery} />
      <FormAlert message={error ? errorMessage(t, error) : undefined} />

      {total === 0 ? (
        <ListEmptyState
          filtered={filtered}
          onNew={onNew}
          onImport={() => void navigate({ area: 'import' })}
          onClear={() => setQuery({ sort: query.sort, direction: query.direction })}
        />
      ) : (
        <div
          ref={scrollRef}
          className="list-scroll"
          onScroll={(event) => {
            scrollTop.current = event.currentTarget.scrollTop;
          }}
        >
          <table
            className="applicant-table"
            aria-rowcount={count + 1}
            aria-labelledby={captionId}
            aria-busy={total === undefined}
          >
            <caption id={captionId} className="visually-hidden">
              {t('applicants.list.caption')}
            </caption>
            <colgroup>
              <col className="col-name" />
              <col className="col-birth" />
              <col className="col-citizenship" />
              <col className="col-status" />
              <col className="col-lawyer" />
              <col className="col-updated" />
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                {sortHeader('familyName', t('applicants.column.name'))}
                {sortHeader('birthDate', t('applicant.field.birthDate'))}
                <th scope="col">{t('applicant.field.citizenship')}</th>
                {sortHeader('caseStatus', t('applicant.field.caseStatus'))}
                <th scope="col">{t('applicant.field.assignedLawyer')}</th>
                {sortHeader('updatedAt', t('applicants.column.updated'))}
              </tr>
            </thead>
            <tbody>
              {topSpace > 0 ? (
                // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
                <tr className="spacer" aria-hidden="true" style={{ height: topSpace }}>
                  <td colSpan={6} />
                </tr>
              ) : null}
              {items.map((item) => {
                const row = rowAt(item.index);
                return (
                  <tr
                    key={item.key}
                    aria-rowindex={item.index + 2}
                    className={item.index === active ? 'applicant-row row-active' : 'applicant-row'}
                    style={{ height: ROW_HEIGHT }}
                    onClick={() => row && onOpen(row.id)}
                  >
                    <td className="cell-name">
                      <button
                        type="button"
                        className="row-link"
                        tabIndex={item.index === tabbable ? 0 : -1}
                        ref={(element) => {
                          if (element) rowButtons.current.set(item.index, element);
                          else rowButtons.current.delete(item.index);
                        }}
                        onFocus={() => setActive(item.index)}
                        onKeyDown={(event) => onRowKeyDown(event, item.index)}
                        onClick={(event) => {
                          event.stopPropagation();
                          if (row) onOpen(row.id);
                        }}
                        aria-busy={row ? undefined : true}
                      >
                        {row ? fullName(row) : <span className="row-loading">{t('applicants.list.loadingRow')}</span>}
                      </button>
                    </td>
                    <td>{row ? showDate(row.birthDate) : ''}</td>
                    <td className="cell-citizenship">
                      {row ? row.citizenship.map((code) => countryLabel(code, language)).join(', ') : ''}
                    </td>
                    <td>{row ? <StatusBadge status={row.caseStatus} sex={row.sex} /> : null}</td>
                    <td className="cell-lawyer">{row?.assignedLawyer ?? ''}</td>
                    <td>{row ? showDay(row.updatedAt) : ''}</td>
                  </tr>
                );
              })}
              {bottomSpace > 0 ? (
                // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
                <tr className="spacer" aria-hidden="true" style={{ height: bottomSpace }}>
                  <td colSpan={6} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
      <p className="list-keys">{t('applicants.list.keys')}</p>
    </div>
  );
}
