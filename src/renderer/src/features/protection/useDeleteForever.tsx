import type { ReactNode } from 'react';
import type { trashKinds } from '../../../../shared/api/recordsMethods';
import { call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/I18nProvider';

/** What is to be deleted forever: an item of Recently deleted, or a person who withdrew consent. */
export type PurgeTarget =
  | { from: 'trash'; kind: (typeof trashKinds)[number]; id: string; label: string }
  | { from: 'consent'; id: string; name: string };

/**
 * "Delete forever", asked first in words that say it cannot be undone and reaches colleagues'
 * computers. Resolves true once purged, false when the lawyer said no; a refusal is thrown.
 */
export function useDeleteForever(): { deleteForever(target: PurgeTarget): Promise<boolean>; dialog: ReactNode } {
  const t = useT();
  const { ask, dialog } = useConfirm();
  const deleteForever = async (target: PurgeTarget) => {
    const yes = await ask(
      target.from === 'trash'
        ? {
            title: t('trash.purge.title', { label: target.label }),
            body: t('trash.purge.message'),
            confirmLabel: t('trash.purge'),
            cancelLabel: t('common.cancel'),
            danger: true,
          }
        : {
            title: t('applicants.purge.title', { name: target.name }),
            body: t('applicants.purge.message'),
            confirmLabel: t('applicants.purge.confirm'),
            cancelLabel: t('common.cancel'),
            danger: true,
          },
    );
    if (!yes) return false;
    if (target.from === 'trash') await call('trash.purge', { kind: target.kind, id: target.id });
    else await call('applicants.purge', { id: target.id });
    return true;
  };
  return { deleteForever, dialog };
}
