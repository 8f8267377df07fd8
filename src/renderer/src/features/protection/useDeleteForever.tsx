import type { ReactNode } from 'react';
import type { trashKinds } from '../../../../shared/api/recordsMethods';
import { call } from '../../api/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/I18nProvider';

/** What is to be deleted forever: an item of Recently deleted, or a person who withdrew consent. */
export type PurgeTarget =
  | { from: 'trash' | 'request'; kind: (typeof trashKinds)[number]; id: string; label: string }
  | { from: 'consent'; id: string; name: string };

/** A purge done: `flushPending` when another program reading the vault keeps old traces in the file for now. */
export interface PurgeDone {
  flushPending: boolean;
}

/**
 * "Delete forever", asked first in words that say it cannot be undone and reaches colleagues'
 * computers (or, for a colleague's request, carries it out). Resolves once purged, false when the
 * lawyer said no; a refusal is thrown.
 */
export function useDeleteForever(): {
  deleteForever(target: PurgeTarget): Promise<PurgeDone | false>;
  dialog: ReactNode;
} {
  const t = useT();
  const { ask, dialog } = useConfirm();
  const deleteForever = async (target: PurgeTarget) => {
    const yes = await ask(
      target.from !== 'consent'
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
    const result =
      target.from === 'consent'
        ? await call('applicants.purge', { id: target.id })
        : await call(target.from === 'trash' ? 'trash.purge' : 'trash.confirmPurge', {
            kind: target.kind,
            id: target.id,
          });
    return { flushPending: result.flushPending === true };
  };
  return { deleteForever, dialog };
}
