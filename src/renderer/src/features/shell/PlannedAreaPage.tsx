import type { RefObject } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { useT } from '../../i18n/I18nProvider';
import { AreaIcon } from './AreaIcon';
import type { PlannedAreaId } from './areas';

const texts: Record<PlannedAreaId, { title: MessageKey; today: MessageKey }> = {
  deadlines: { title: 'area.deadlines.title', today: 'area.deadlines.today' },
  reports: { title: 'area.reports.title', today: 'area.reports.today' },
  sync: { title: 'area.sync.title', today: 'area.sync.today' },
};

/** A section that is planned but not built: it says so plainly instead of pretending. */
export function PlannedAreaPage({
  area,
  headingRef,
}: {
  area: PlannedAreaId;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useT();
  return (
    <div className="page">
      <div className="page-heading">
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {t(texts[area].title)}
        </h1>
        <span className="badge">{t('shell.notYet')}</span>
      </div>
      <div className="planned-panel">
        <AreaIcon area={area} />
        <p>{t(texts[area].today)}</p>
      </div>
    </div>
  );
}
