import type { MessageKey } from '../../../../shared/i18n';

export const areaIds = ['applicants', 'incidents', 'deadlines', 'reports', 'sync', 'settings'] as const;
export type AreaId = (typeof areaIds)[number];

/** The sections that exist only as an honest "not in this version yet". */
export type PlannedAreaId = Exclude<AreaId, 'settings'>;

export const navLabel: Record<AreaId, MessageKey> = {
  applicants: 'shell.nav.applicants',
  incidents: 'shell.nav.incidents',
  deadlines: 'shell.nav.deadlines',
  reports: 'shell.nav.reports',
  sync: 'shell.nav.sync',
  settings: 'shell.nav.settings',
};
