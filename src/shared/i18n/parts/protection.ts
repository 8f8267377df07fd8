import { defineMessages } from '../defineMessages';

/**
 * What keeps locked, revoked and deleted data unreadable: re-encrypting the vault, a new recovery
 * key, the key file's own check, "delete forever", office key rotation and device revocation.
 */
export const protectionMessages = defineMessages({
  en: {
    'trash.introForever':
      '“Delete forever” erases a record for good, here and, with the next bundles, on colleagues’ computers.',
    'protection.passphrase': 'Your passphrase, to confirm',
    'protection.passphraseHint': 'Asked again, because this changes how the vault is protected.',
    'protection.rekey.title': 'Re-encrypt the vault',
    'protection.rekey.intro':
      'Re-encryption gives the vault a new secret key and writes the whole file again with it. Every older copy of the key file (.keys), in a backup, on a USB stick or left on another computer, then stops opening the vault, even with the old passphrase. The passphrase stays the same and a new recovery key is shown once. It takes a moment and needs as much free disk space as the vault itself.',
    'protection.rekey.afterChange':
      'The passphrase was changed, but that alone does not revoke anything: a copy of the key file made before the change still opens the vault with the old passphrase. If the old passphrase may be known, or a copy of the key file may have left the office, re-encrypt the vault now.',
    'protection.rekey.offer': 'Re-encrypt the vault…',
    'protection.rekey.submit': 'Re-encrypt the vault',
    'protection.rekey.working': 'Re-encrypting the vault… Do not close Panoh.',
    'protection.rekey.done':
      'The vault was re-encrypted. Older key files no longer open it, and the previous recovery key no longer works.',
    'protection.recovery.title': 'Recovery key',
    'protection.recovery.intro':
      'Make a new recovery key when the paper with the old one may have been seen or lost: the old key stops opening this vault. A copy of the key file made earlier still opens with the old key; to revoke those copies too, re-encrypt the vault instead (that also gives a new recovery key).',
    'protection.recovery.submit': 'Make a new recovery key',
    'protection.recovery.done': 'The new recovery key is in place; the old one no longer works.',
    'protection.newKey.title': 'Write down the new recovery key',
    'protection.newKey.intro':
      'It is shown this once. Write it on paper and keep it in the office safe, not on this computer; destroy the paper with the old key.',
    'protection.newKey.leave':
      'The new recovery key has not been written down, and it will not be shown again. Leave anyway?',
    'protection.newKey.done': 'Done',
    'protection.status.title': 'Check the vault’s keys',
    'protection.status.altered':
      'The key file was changed outside Panoh (its check did not match): its recovery part may no longer open the vault. Make a new recovery key now.',
    'protection.status.unconfirmed':
      'The recovery key stored for this vault may not work: it was made while a re-encryption was interrupted, or the key file was changed. Make a new recovery key now.',
    'protection.status.truncated':
      'The audit log is shorter than it was: entries after no. {seq} were removed outside Panoh. Tell the office’s IT and keep a backup of this vault as evidence.',
    'protection.status.completed': 'A re-encryption that was interrupted has been finished.',
    'protection.status.undone':
      'A re-encryption that was interrupted has been undone: the vault keeps its previous key. Start it again in Settings.',
    'protection.status.action': 'Open Settings',
    'trash.purge': 'Delete forever',
    'trash.purgeNamed': 'Delete forever: {label}',
    'trash.purge.title': 'Delete “{label}” forever?',
    'trash.purge.message':
      'It is erased with everything that belongs to it (timeline, files, every earlier value of every field) from this computer and, with the next bundles, from colleagues’ computers. This cannot be undone. Backups made before now still hold it.',
    'trash.purged': '“{label}” was deleted forever.',
    'trash.damaged': 'A damaged record (it cannot be restored)',
    'applicants.purge.button': 'Consent withdrawn: delete forever…',
    'applicants.purge.title': 'Delete {name} forever?',
    'applicants.purge.message':
      'For a person who withdrew consent: the record is erased with the timeline, files and every earlier value of every field, on this computer and, with the next bundles, on colleagues’ computers. The audit log keeps only that a record was deleted. This cannot be undone. Backups made before now still hold it.',
    'applicants.purge.confirm': 'Delete forever',
    'sync.rotate.title': 'Change the office key',
    'sync.rotate.text':
      'Change it when a colleague leaves or the 24 words may have been seen. The colleagues’ computers take the new key over from your next bundles; a computer that has never sent this one a bundle joins with the new words.',
    'sync.rotate.submit': 'Change the office key…',
    'sync.rotate.confirmTitle': 'Change the office key?',
    'sync.rotate.confirmText':
      'A new key is made and its 24 words are shown once: have a pen and paper ready. Bundles from this computer use it from now on.',
    'sync.rotate.confirm': 'Change the key',
    'sync.rotate.words':
      'The office key was changed. Colleagues’ computers take it over from your next bundles; give these words only to a colleague whose computer asks for them.',
    'sync.revoke.button': 'Revoke…',
    'sync.revoke.named': 'Revoke {name}',
    'sync.revoke.title': 'Revoke “{name}”?',
    'sync.revoke.message':
      'Revoke a computer that was lost or stolen, or whose holder left. Its bundles are refused here and, once they read your next bundle, on every colleague’s computer; changes it makes from now on are dropped. The office key changes and its new words are shown once. What it sent before stays.',
    'sync.revoke.confirm': 'Revoke',
    'sync.revoke.revokedOn': 'Revoked {date}',
    'sync.devices.status': 'Status',
    'sync.office.rejoinTitle': 'Was the office key changed on another computer?',
    'sync.office.rejoinText':
      'When a bundle is refused because it uses a newer office key, type the new 24 words here.',
    'sync.import.purged': '{count} records were deleted forever, as a colleague asked.',
    'sync.import.ignored': '{count} changes made on a revoked computer after its revocation were left out.',
    'sync.import.auditShortened':
      'Warning: the sender’s audit log now holds fewer entries than its previous bundle said. Entries were removed on that computer.',
    'form.duplicateColumn': 'This column is named twice in the header; rename or remove one of them.',
    'form.tooManyCells': 'This row has more cells than the header has columns, so it is not clear where they belong.',
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
    'trash.introForever':
      '«Удалить навсегда» стирает запись окончательно — здесь и, со следующими пакетами, на компьютерах коллег.',
    'protection.passphrase': 'Ваша парольная фраза для подтверждения',
    'protection.passphraseHint': 'Спрашиваем ещё раз: это меняет защиту хранилища.',
    'protection.rekey.title': 'Перешифровать хранилище',
    'protection.rekey.intro':
      'Перешифрование даёт хранилищу новый секретный ключ и заново записывает им весь файл. После этого ни одна прежняя копия файла ключей (.keys) — в резервной копии, на флешке, на другом компьютере — не откроет хранилище, даже со старой парольной фразой. Парольная фраза остаётся прежней, новый ключ восстановления показывается один раз. Это занимает немного времени и требует столько свободного места на диске, сколько занимает само хранилище.',
    'protection.rekey.afterChange':
      'Парольная фраза изменена, но одно это ничего не отзывает: копия файла ключей, сделанная до смены, по-прежнему открывает хранилище старой фразой. Если старая фраза могла стать известна или копия файла ключей могла уйти из бюро, перешифруйте хранилище сейчас.',
    'protection.rekey.offer': 'Перешифровать хранилище…',
    'protection.rekey.submit': 'Перешифровать хранилище',
    'protection.rekey.working': 'Хранилище перешифровывается… Не закрывайте Panoh.',
    'protection.rekey.done':
      'Хранилище перешифровано. Прежние файлы ключей его больше не открывают, прежний ключ восстановления больше не действует.',
    'protection.recovery.title': 'Ключ восстановления',
    'protection.recovery.intro':
      'Создайте новый ключ восстановления, если бумагу со старым могли увидеть или она потерялась: старый ключ перестанет открывать это хранилище. Копия файла ключей, сделанная раньше, по-прежнему открывается старым ключом; чтобы отозвать и такие копии, перешифруйте хранилище (это тоже даёт новый ключ восстановления).',
    'protection.recovery.submit': 'Создать новый ключ восстановления',
    'protection.recovery.done': 'Новый ключ восстановления действует; старый больше не работает.',
    'protection.newKey.title': 'Запишите новый ключ восстановления',
    'protection.newKey.intro':
      'Он показывается один раз. Запишите его на бумаге и храните в сейфе бюро, не на этом компьютере; бумагу со старым ключом уничтожьте.',
    'protection.newKey.leave': 'Новый ключ восстановления не записан, и больше он показан не будет. Всё равно уйти?',
    'protection.newKey.done': 'Готово',
    'protection.status.title': 'Проверьте ключи хранилища',
    'protection.status.altered':
      'Файл ключей изменён вне Panoh (его проверка не совпала): часть для ключа восстановления, возможно, больше не открывает хранилище. Создайте новый ключ восстановления сейчас.',
    'protection.status.unconfirmed':
      'Сохранённый ключ восстановления может не действовать: он создан во время прерванного перешифрования, или файл ключей был изменён. Создайте новый ключ восстановления сейчас.',
    'protection.status.truncated':
      'Журнал аудита стал короче: записи после № {seq} удалены вне Panoh. Сообщите ИТ-специалисту бюро и сохраните резервную копию этого хранилища как доказательство.',
    'protection.status.completed': 'Прерванное перешифрование завершено.',
    'protection.status.undone':
      'Прерванное перешифрование отменено: у хранилища прежний ключ. Запустите его снова в настройках.',
    'protection.status.action': 'Открыть настройки',
    'trash.purge': 'Удалить навсегда',
    'trash.purgeNamed': 'Удалить навсегда: {label}',
    'trash.purge.title': 'Удалить «{label}» навсегда?',
    'trash.purge.message':
      'Запись будет стёрта вместе со всем, что к ней относится (хронология, файлы, все прежние значения всех полей), на этом компьютере и, со следующими пакетами, на компьютерах коллег. Отменить это нельзя. Резервные копии, сделанные раньше, её сохранят.',
    'trash.purged': '«{label}» удалено навсегда.',
    'trash.damaged': 'Повреждённая запись (восстановить нельзя)',
    'applicants.purge.button': 'Согласие отозвано: удалить навсегда…',
    'applicants.purge.title': 'Удалить {name} навсегда?',
    'applicants.purge.message':
      'Для человека, отозвавшего согласие: запись стирается вместе с хронологией, файлами и всеми прежними значениями всех полей, на этом компьютере и, со следующими пакетами, на компьютерах коллег. В журнале аудита останется лишь то, что запись удалена. Отменить это нельзя. Резервные копии, сделанные раньше, её сохранят.',
    'applicants.purge.confirm': 'Удалить навсегда',
    'sync.rotate.title': 'Сменить ключ бюро',
    'sync.rotate.text':
      'Смените ключ, если коллега уходит или 24 слова могли увидеть посторонние. Компьютеры коллег примут новый ключ из ваших следующих пакетов; компьютер, который ещё ни разу не присылал этому пакет, присоединится по новым словам.',
    'sync.rotate.submit': 'Сменить ключ бюро…',
    'sync.rotate.confirmTitle': 'Сменить ключ бюро?',
    'sync.rotate.confirmText':
      'Будет создан новый ключ, его 24 слова покажут один раз: приготовьте ручку и бумагу. Пакеты с этого компьютера будут зашифрованы им.',
    'sync.rotate.confirm': 'Сменить ключ',
    'sync.rotate.words':
      'Ключ бюро сменён. Компьютеры коллег примут его из ваших следующих пакетов; сообщайте эти слова только коллеге, чей компьютер их попросит.',
    'sync.revoke.button': 'Отозвать…',
    'sync.revoke.named': 'Отозвать {name}',
    'sync.revoke.title': 'Отозвать «{name}»?',
    'sync.revoke.message':
      'Отзовите компьютер, который потерян или украден или чей владелец ушёл из бюро. Его пакеты будут отклоняться здесь и, как только коллеги прочтут ваш следующий пакет, у всех коллег; его изменения с этого момента отбрасываются. Ключ бюро сменится, новые слова покажут один раз. Присланное им раньше сохранится.',
    'sync.revoke.confirm': 'Отозвать',
    'sync.revoke.revokedOn': 'Отозван {date}',
    'sync.devices.status': 'Состояние',
    'sync.office.rejoinTitle': 'Ключ бюро сменили на другом компьютере?',
    'sync.office.rejoinText': 'Если пакет отклонён из-за нового ключа бюро, введите здесь новые 24 слова.',
    'sync.import.purged': 'Удалено навсегда по просьбе коллеги записей: {count}.',
    'sync.import.ignored': 'Не приняты изменения, сделанные на отозванном компьютере после отзыва: {count}.',
    'sync.import.auditShortened':
      'Внимание: в журнале аудита отправителя теперь меньше записей, чем сообщал его прошлый пакет. На том компьютере записи удалены.',
    'form.duplicateColumn': 'Этот столбец назван в заголовке дважды; переименуйте или удалите один из них.',
    'form.tooManyCells': 'В этой строке больше ячеек, чем столбцов в заголовке: непонятно, к чему они относятся.',
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
    'trash.introForever':
      '«Біржола жою» жазбаны түпкілікті өшіреді — мұнда және келесі пакеттермен әріптестердің компьютерлерінде.',
    'protection.passphrase': 'Растау үшін құпия сөз тіркесіңіз',
    'protection.passphraseHint': 'Қайта сұраймыз: бұл қойманың қорғанысын өзгертеді.',
    'protection.rekey.title': 'Қойманы қайта шифрлау',
    'protection.rekey.intro':
      'Қайта шифрлау қоймаға жаңа құпия кілт береді және бүкіл файлды сол кілтпен қайта жазады. Содан кейін кілттер файлының (.keys) бұрынғы бірде-бір көшірмесі — сақтық көшірмеде, флешкада немесе басқа компьютерде — қойманы ескі құпия сөз тіркесімен де аша алмайды. Құпия сөз тіркесі өзгермейді, жаңа қалпына келтіру кілті бір рет көрсетіледі. Бұл біраз уақыт алады және дискіде қойманың өзіндей бос орын қажет.',
    'protection.rekey.afterChange':
      'Құпия сөз тіркесі өзгертілді, бірақ мұның өзі ештеңені қайтарып алмайды: ауыстыруға дейін жасалған кілттер файлының көшірмесі қойманы ескі тіркеспен әлі де ашады. Ескі тіркес белгілі болуы мүмкін болса немесе кілттер файлының көшірмесі бюродан шығып кетсе, қойманы қазір қайта шифрлаңыз.',
    'protection.rekey.offer': 'Қойманы қайта шифрлау…',
    'protection.rekey.submit': 'Қойманы қайта шифрлау',
    'protection.rekey.working': 'Қойма қайта шифрлануда… Panoh-ты жаппаңыз.',
    'protection.rekey.done':
      'Қойма қайта шифрланды. Бұрынғы кілттер файлдары оны енді ашпайды, бұрынғы қалпына келтіру кілті енді жарамайды.',
    'protection.recovery.title': 'Қалпына келтіру кілті',
    'protection.recovery.intro':
      'Ескі кілт жазылған қағазды біреу көрген немесе ол жоғалған болса, жаңа қалпына келтіру кілтін жасаңыз: ескі кілт бұл қойманы енді ашпайды. Бұрын жасалған кілттер файлының көшірмесі ескі кілтпен әлі ашылады; ондай көшірмелерді де қайтарып алу үшін қойманы қайта шифрлаңыз (бұл да жаңа қалпына келтіру кілтін береді).',
    'protection.recovery.submit': 'Жаңа қалпына келтіру кілтін жасау',
    'protection.recovery.done': 'Жаңа қалпына келтіру кілті күшіне енді; ескісі енді жарамайды.',
    'protection.newKey.title': 'Жаңа қалпына келтіру кілтін жазып алыңыз',
    'protection.newKey.intro':
      'Ол бір рет қана көрсетіледі. Оны қағазға жазып, бюроның сейфінде сақтаңыз, бұл компьютерде емес; ескі кілт жазылған қағазды жойыңыз.',
    'protection.newKey.leave': 'Жаңа қалпына келтіру кілті жазылмады, ол енді көрсетілмейді. Бәрібір шығасыз ба?',
    'protection.newKey.done': 'Дайын',
    'protection.status.title': 'Қойма кілттерін тексеріңіз',
    'protection.status.altered':
      'Кілттер файлы Panoh-тан тыс өзгертілген (оның тексеруі сәйкес келмеді): қалпына келтіру кілтіне арналған бөлігі қойманы енді ашпауы мүмкін. Қазір жаңа қалпына келтіру кілтін жасаңыз.',
    'protection.status.unconfirmed':
      'Сақталған қалпына келтіру кілті жарамауы мүмкін: ол үзілген қайта шифрлау кезінде жасалған немесе кілттер файлы өзгертілген. Қазір жаңа қалпына келтіру кілтін жасаңыз.',
    'protection.status.truncated':
      'Аудит журналы қысқарып қалды: № {seq} жазбадан кейінгі жазбалар Panoh-тан тыс жойылған. Бюроның АТ маманына хабарлаңыз және бұл қойманың сақтық көшірмесін дәлел ретінде сақтаңыз.',
    'protection.status.completed': 'Үзілген қайта шифрлау аяқталды.',
    'protection.status.undone':
      'Үзілген қайта шифрлау болдырылмады: қоймада бұрынғы кілт қалды. Оны баптауларда қайта іске қосыңыз.',
    'protection.status.action': 'Баптауларды ашу',
    'trash.purge': 'Біржола жою',
    'trash.purgeNamed': 'Біржола жою: {label}',
    'trash.purge.title': '«{label}» біржола жойылсын ба?',
    'trash.purge.message':
      'Жазба оған қатысты бәрімен бірге (хронология, файлдар, барлық өрістердің бұрынғы мәндері) осы компьютерден және келесі пакеттермен әріптестердің компьютерлерінен өшіріледі. Мұны болдырмау мүмкін емес. Бұрын жасалған сақтық көшірмелерде ол қалады.',
    'trash.purged': '«{label}» біржола жойылды.',
    'trash.damaged': 'Бүлінген жазба (қалпына келтіру мүмкін емес)',
    'applicants.purge.button': 'Келісім қайтарылды: біржола жою…',
    'applicants.purge.title': '{name} біржола жойылсын ба?',
    'applicants.purge.message':
      'Келісімін қайтарып алған адам үшін: жазба хронологиямен, файлдармен және барлық өрістердің бұрынғы мәндерімен бірге осы компьютерде және келесі пакеттермен әріптестердің компьютерлерінде өшіріледі. Аудит журналында тек жазбаның жойылғаны қалады. Мұны болдырмау мүмкін емес. Бұрын жасалған сақтық көшірмелерде ол қалады.',
    'applicants.purge.confirm': 'Біржола жою',
    'sync.rotate.title': 'Бюро кілтін ауыстыру',
    'sync.rotate.text':
      'Әріптес кетсе немесе 24 сөзді бөгде адам көрген болуы мүмкін болса, кілтті ауыстырыңыз. Әріптестердің компьютерлері жаңа кілтті сіздің келесі пакеттеріңізден алады; бұл компьютерге ешқашан пакет жібермеген компьютер жаңа сөздер арқылы қосылады.',
    'sync.rotate.submit': 'Бюро кілтін ауыстыру…',
    'sync.rotate.confirmTitle': 'Бюро кілті ауыстырылсын ба?',
    'sync.rotate.confirmText':
      'Жаңа кілт жасалады, оның 24 сөзі бір рет көрсетіледі: қалам мен қағаз дайындаңыз. Осы компьютердің пакеттері енді сол кілтпен шифрланады.',
    'sync.rotate.confirm': 'Кілтті ауыстыру',
    'sync.rotate.words':
      'Бюро кілті ауыстырылды. Әріптестердің компьютерлері оны сіздің келесі пакеттеріңізден алады; бұл сөздерді тек компьютері оларды сұраған әріптеске айтыңыз.',
    'sync.revoke.button': 'Қайтарып алу…',
    'sync.revoke.named': '{name} қайтарып алу',
    'sync.revoke.title': '«{name}» рұқсаты қайтарып алынсын ба?',
    'sync.revoke.message':
      'Жоғалған, ұрланған немесе иесі бюродан кеткен компьютердің рұқсатын қайтарып алыңыз. Оның пакеттері мұнда, ал әріптестер сіздің келесі пакетіңізді оқыған соң, барлық әріптестерде қабылданбайды; осы сәттен бастап оның өзгерістері есепке алынбайды. Бюро кілті ауыстырылады, жаңа сөздер бір рет көрсетіледі. Ол бұрын жіберген деректер сақталады.',
    'sync.revoke.confirm': 'Қайтарып алу',
    'sync.revoke.revokedOn': 'Рұқсаты қайтарылды: {date}',
    'sync.devices.status': 'Күйі',
    'sync.office.rejoinTitle': 'Бюро кілті басқа компьютерде ауыстырылды ма?',
    'sync.office.rejoinText': 'Пакет бюроның жаңа кілтіне байланысты қабылданбаса, мұнда жаңа 24 сөзді енгізіңіз.',
    'sync.import.purged': 'Әріптестің өтініші бойынша біржола жойылған жазбалар: {count}.',
    'sync.import.ignored':
      'Рұқсаты қайтарылған компьютерде қайтарып алынғаннан кейін жасалған өзгерістер қабылданбады: {count}.',
    'sync.import.auditShortened':
      'Назар аударыңыз: жіберушінің аудит журналында оның алдыңғы пакетінде айтылғаннан аз жазба қалды. Сол компьютерде жазбалар жойылған.',
    'form.duplicateColumn': 'Бұл баған тақырыпта екі рет аталған; олардың біреуін қайта атаңыз немесе жойыңыз.',
    'form.tooManyCells': 'Бұл жолда тақырыптағы бағандардан көп ұяшық бар: олардың қай бағанға жататыны белгісіз.',
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
