import type { AreaId } from './areas';

const paths: Record<AreaId, string> = {
  applicants: 'M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM3.5 17.5c.6-3.2 3.2-5 6.5-5s5.9 1.8 6.5 5',
  incidents: 'M10 2.8 18 16.8H2zM10 8v4.2M10 14.4v.1',
  deadlines: 'M10 18a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15zM10 6v4.5l3 2',
  reports: 'M5 2.5h7l3.5 3.5v11.5H5zM12 2.5V6h3.5M7.5 10h5M7.5 13h5',
  sync: 'M7 2.5h6v6.5H7zM5.5 9h9v8.5h-9zM8.5 5h.1M11.5 5h.1',
  import: 'M10 2.5v10M6 8.5l4 4 4-4M3.5 14v3.5h13V14',
  audit: 'M5 2.5h10v15H5zM7.5 6.5h5M7.5 9.5h5M7.5 12.5h3',
  trash: 'M3.5 5.5h13M8 5.5V3h4v2.5M5 5.5l1 12h8l1-12M8.5 8.5v6M11.5 8.5v6',
  settings:
    'M10 12.6a2.6 2.6 0 1 0 0-5.2 2.6 2.6 0 0 0 0 5.2zM10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4',
};

/** Small line icons for the navigation; decorative, the text says the same. */
export function AreaIcon({ area }: { area: AreaId }) {
  return (
    <svg className="nav-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={paths[area]} />
    </svg>
  );
}
