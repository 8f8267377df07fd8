import { defineMessages } from '../defineMessages';

/**
 * What keeps locked, revoked and deleted data unreadable: re-encrypting the vault, a new recovery
 * key, the key file's own check, "delete forever", office key rotation and device revocation.
 */
export const protectionMessages = defineMessages({
  en: {
    'form.invisibleCharacters':
      'Contains invisible characters (a zero-width space or a direction mark, often pasted in with the text). Type it again.',
    'audit.action.rekey': 'Vault re-encrypted with a new key',
    'audit.action.recovery_key_change': 'New recovery key made',
    'audit.action.purge': 'Deleted forever',
    'audit.action.office_rotate': 'Office key changed',
    'audit.action.device_revoke': "Colleague's computer revoked",
    'audit.target.device': 'computer',
    'error.VAULT_KEYS_DAMAGED':
      'The key file next to the vault (.keys) is damaged or was changed outside Panoh, and cannot be used. Nothing was changed. Copy the .keys file back from a backup.',
    'error.RECORD_DAMAGED':
      'This deleted record is damaged and cannot be restored. Nothing was changed. It can still be deleted forever.',
    'error.BUNDLE_REVOKED_DEVICE':
      'This bundle comes from a computer whose access was revoked (“{device}”). It was refused; nothing was imported.',
    'error.OFFICE_KEY_CHANGED':
      'This bundle uses a newer office key, and this computer could not take it over by itself. Join the office again with the new 24 words from the colleague who changed the key. Nothing was imported.',
    'error.DEVICE_NOT_FOUND':
      "No colleague's computer with this fingerprint is known here. Check the fingerprint against the list of devices.",
    'error.DEVICE_SELF': "This computer cannot revoke itself. Revoke it from a colleague's computer.",
    'error.INPUT_UNSUPPORTED':
      'The program sent data in a form Panoh does not accept (not plain text and numbers). Nothing was changed.',
  },
  ru: {
    'form.invisibleCharacters':
      'Содержит невидимые символы (пробел нулевой ширины или знак направления, часто попадают при вставке текста). Наберите заново.',
    'audit.action.rekey': 'Хранилище перешифровано новым ключом',
    'audit.action.recovery_key_change': 'Создан новый ключ восстановления',
    'audit.action.purge': 'Удалено навсегда',
    'audit.action.office_rotate': 'Ключ бюро сменён',
    'audit.action.device_revoke': 'Доступ компьютера коллеги отозван',
    'audit.target.device': 'компьютер',
    'error.VAULT_KEYS_DAMAGED':
      'Файл ключей рядом с хранилищем (.keys) повреждён или изменён вне Panoh и не может быть использован. Ничего не изменено. Верните файл .keys из резервной копии.',
    'error.RECORD_DAMAGED':
      'Эта удалённая запись повреждена и не может быть восстановлена. Ничего не изменено. Её можно удалить навсегда.',
    'error.BUNDLE_REVOKED_DEVICE':
      'Этот пакет сделан на компьютере, доступ которого отозван («{device}»). Пакет отклонён, ничего не импортировано.',
    'error.OFFICE_KEY_CHANGED':
      'Этот пакет зашифрован новым ключом бюро, и этот компьютер не смог принять его сам. Присоединитесь к бюро заново с новыми 24 словами от коллеги, сменившего ключ. Ничего не импортировано.',
    'error.DEVICE_NOT_FOUND':
      'Компьютер коллеги с таким отпечатком здесь неизвестен. Сверьте отпечаток со списком устройств.',
    'error.DEVICE_SELF': 'Этот компьютер не может отозвать сам себя. Отзовите его с компьютера коллеги.',
    'error.INPUT_UNSUPPORTED':
      'Программа передала данные в виде, который Panoh не принимает (не простой текст и числа). Ничего не изменено.',
  },
  kk: {
    'form.invisibleCharacters':
      'Көрінбейтін таңбалар бар (нөлдік енді бос орын немесе бағыт белгісі, көбіне мәтінмен бірге көшіріледі). Қайта теріңіз.',
    'audit.action.rekey': 'Қойма жаңа кілтпен қайта шифрланды',
    'audit.action.recovery_key_change': 'Жаңа қалпына келтіру кілті жасалды',
    'audit.action.purge': 'Біржола жойылды',
    'audit.action.office_rotate': 'Бюро кілті ауыстырылды',
    'audit.action.device_revoke': 'Әріптес компьютерінің рұқсаты қайтарылып алынды',
    'audit.target.device': 'құрылғы',
    'error.VAULT_KEYS_DAMAGED':
      'Қойма жанындағы кілттер файлы (.keys) бүлінген немесе Panoh-тан тыс өзгертілген, оны пайдалану мүмкін емес. Ештеңе өзгертілген жоқ. .keys файлын сақтық көшірмеден қайтарыңыз.',
    'error.RECORD_DAMAGED':
      'Бұл жойылған жазба бүлінген, оны қалпына келтіру мүмкін емес. Ештеңе өзгертілген жоқ. Оны біржола жоюға болады.',
    'error.BUNDLE_REVOKED_DEVICE':
      'Бұл пакет рұқсаты қайтарылып алынған компьютерде жасалған («{device}»). Пакет қабылданбады, ештеңе импортталған жоқ.',
    'error.OFFICE_KEY_CHANGED':
      'Бұл пакет бюроның жаңа кілтімен шифрланған, ал бұл компьютер оны өздігінен қабылдай алмады. Кілтті ауыстырған әріптестен жаңа 24 сөзді алып, бюроға қайта қосылыңыз. Ештеңе импортталған жоқ.',
    'error.DEVICE_NOT_FOUND':
      'Мұндай саусақ ізі бар әріптес компьютері мұнда белгісіз. Саусақ ізін құрылғылар тізімімен салыстырыңыз.',
    'error.DEVICE_SELF': 'Бұл компьютер өзін-өзі қайтарып ала алмайды. Оны әріптестің компьютерінен қайтарып алыңыз.',
    'error.INPUT_UNSUPPORTED':
      'Бағдарлама Panoh қабылдамайтын түрдегі деректерді жіберді (қарапайым мәтін мен сандар емес). Ештеңе өзгертілген жоқ.',
  },
});
