import type { MessageKey } from '../../../../shared/i18n';

export const areaIds = [
  'applicants',
  'incidents',
  'deadlines',
  'reports',
  'sync',
  'import',
  'audit',
  'trash',
  'settings',
] as const;
export type AreaId = (typeof areaIds)[number];

/** The navigation is drawn in groups: case work, then office tools, then settings. */
export const navGroups: readonly (readonly AreaId[])[] = [
  ['applicants', 'incidents', 'deadlines', 'reports', 'sync'],
  ['import', 'audit', 'trash'],
  ['settings'],
];

export const navLabel: Record<AreaId, MessageKey> = {
  applicants: 'shell.nav.applicants',
  incidents: 'shell.nav.incidents',
  deadlines: 'shell.nav.deadlines',
  reports: 'shell.nav.reports',
  sync: 'shell.nav.sync',
  import: 'shell.nav.import',
  audit: 'shell.nav.audit',
  trash: 'shell.nav.trash',
  settings: 'shell.nav.settings',
};
