import { type ReactNode, useId } from 'react';

/** A section named by its heading (a settings block, a sync card, an import step): one shape for all. */
export function TitledSection({
  title,
  className = 'settings-section',
  titleId: givenId,
  children,
}: {
  title: string;
  className?: string;
  /** The heading's id, when something inside is named by it too (a table). */
  titleId?: string;
  children: ReactNode;
}) {
  const ownId = useId();
  const titleId = givenId ?? ownId;
  return (
    <section className={className} aria-labelledby={titleId}>
      <h2 className="section-title" id={titleId}>
        {title}
      </h2>
      {children}
    </section>
  );
}
