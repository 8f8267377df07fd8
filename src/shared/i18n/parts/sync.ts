import { defineMessages } from '../defineMessages';

/** USB sync between the bureau's laptops: office key, devices, bundles, conflicts. */
export const syncMessages = defineMessages({
  en: {
    'error.OFFICE_NOT_SET':
      'This vault has no office sync key yet. Create one on the first computer, or join with the words from a colleague.',
    'error.OFFICE_ALREADY_SET': 'This vault already belongs to an office. Its sync key was not changed.',
    'error.OFFICE_KEY_INVALID': 'These words are not a valid office key. Check each word against the paper copy.',
    'error.BUNDLE_DAMAGED':
      'The bundle file is damaged, incomplete or was altered after it was made. Nothing was imported; ask for a new one.',
    'error.BUNDLE_WRONG_OFFICE':
      'This bundle was made for another office (a different sync key). Nothing was imported.',
    'error.BUNDLE_UNTRUSTED_DEVICE':
      'The bundle comes from a device this vault does not know yet, “{device}” (fingerprint {fingerprint}). Compare the fingerprint with the sender, then confirm it. Nothing was imported.',
    'error.BUNDLE_TOO_NEW':
      'The bundle was made by a newer version of Panoh (data version {version}; this program knows up to {supported}). Update Panoh. Nothing was imported.',
    'error.BUNDLE_TOO_LARGE': 'The bundle is too large to import. Nothing was imported.',
    'error.BUNDLE_INVALID': 'The bundle contains data that does not pass the checks. Nothing was imported.',
    'error.BUNDLE_IMPORT_CANCELLED':
      'The import was cancelled. Nothing from the bundle was kept: the vault is exactly as it was before.',
    'error.BUNDLE_FROM_SELF': 'This bundle was made on this computer; there is nothing to import.',
    'error.STORAGE_MISSING':
      'The file or folder is not there any more (was the USB stick taken out?). Plug it back in and try again. Nothing was changed.',
    'error.CLOCK_DRIFT':
      "The bundle's clock is far in the future. Check the date on the sending computer. Nothing was imported.",
    'sync.intro':
      "The bureau's computers exchange changes in encrypted, signed bundle files carried on a USB stick. Each computer keeps working on its own; when a bundle is read, changes are merged field by field.",
    'sync.loading': 'Loading…',
    'sync.office.title': 'Office key',
    'sync.office.member':
      'This computer belongs to the office. Bundles can be exchanged only between computers that share the same office key.',
    'sync.office.none':
      "This computer does not belong to an office yet. All the bureau's computers share one office key: create it on the first computer, then enter its 24 words on each of the others.",
    'sync.office.createTitle': 'This is the first computer',
    'sync.office.createText':
      'Create the office key here only if no colleague has created one yet. Its 24 words are shown once: have a pen and paper ready.',
    'sync.office.createSubmit': 'Create the office key',
    'sync.office.joinTitle': 'Join with the words from a colleague',
    'sync.office.joinText':
      'Type the 24 words written down when the office key was created, in order, separated by spaces. Numbers and line breaks are ignored.',
    'sync.office.joinLabel': 'The 24 words of the office key',
    'sync.office.joinSubmit': 'Join the office',
    'sync.office.wordCount': 'The office key has 24 words; {count} entered.',
    'sync.office.joined': 'This computer has joined the office.',
    'sync.words.title': 'The office key: 24 words',
    'sync.words.intro':
      'Write these words on paper, in this order, and keep the paper in the office safe. They are shown only now: Panoh will not show them again. Anyone who has them can read the bundles, so do not photograph them, send them in a message or keep them on a computer.',
    'sync.words.label': 'Words of the office key, in order',
    'sync.words.confirm': 'I have copied the words',
    'sync.words.leave': 'The office key words are on screen and will not be shown again. Leave this page anyway?',
    'sync.device.title': 'This computer',
    'sync.device.name': 'Name of this computer',
    'sync.device.nameHint':
      'Colleagues see this name in their lists and conflicts, and it is readable on bundle files: use a neutral name such as "Office laptop 2", never a client\'s name.',
    'sync.device.save': 'Save the name',
    'sync.device.saved': 'The name was saved.',
    'sync.device.fingerprint': 'Fingerprint of this computer',
    'sync.device.fingerprintHint':
      "When a colleague reads this computer's first bundle, Panoh asks them to confirm this fingerprint. Read it to each other group by group, in person or by phone, before confirming.",
    'sync.devices.title': 'Known computers',
    'sync.devices.none':
      'No other computer yet. A computer is added here when its first bundle is read, after its fingerprint has been compared.',
    'sync.devices.name': 'Name',
    'sync.devices.fingerprint': 'Fingerprint',
    'sync.devices.trustedAt': 'Trusted since',
    'sync.devices.lastImport': 'Last bundle read',
    'sync.devices.never': 'not yet',
    'sync.conflicts.title': 'Conflicts to decide',
    'sync.conflicts.intro':
      'A conflict arises when the same field was changed on two computers before they exchanged bundles. The newer change is kept for now; the other value is shown beside it. Your choice is written as a new change: it wins on every computer once bundles are exchanged.',
    'sync.conflicts.none': 'No conflicts to decide.',
    'sync.conflicts.count': 'To decide: {count}',
    'sync.conflicts.unknownPerson': 'Person not found in this vault',
    'sync.conflicts.where.applicants': 'Personal record',
    'sync.conflicts.where.events': 'Timeline event',
    'sync.conflicts.where.incidents': 'Harassment incident',
    'sync.conflicts.where.attachments': 'Attachment',
    'sync.conflicts.where.tasks': 'Task',
    'sync.conflicts.fieldLine': '{where}, field "{field}"',
    'sync.conflicts.deletedField': 'deleted or not',
    'sync.conflicts.deleted': 'Deleted',
    'sync.conflicts.notDeleted': 'Not deleted',
    'sync.conflicts.empty': '(empty)',
    'sync.conflicts.kept': 'Kept now',
    'sync.conflicts.other': 'Other value',
    'sync.conflicts.from': 'Changed on {device}, {at}',
    'sync.conflicts.keep': 'Keep this',
    'sync.conflicts.resolved':
      'Decided. The chosen value is written as a new change; it will win on every computer once bundles are exchanged.',
    'sync.bundles.title': 'Exchanging bundles',
    'sync.bundles.text':
      'Write a bundle to a USB stick, take the stick to a colleague and read the bundle on their computer. Their changes come back the same way, in a bundle they write.',
    'sync.bundles.needOffice':
      'Bundles can be written and read once this computer belongs to the office (see "Office key" above).',
    'sync.bundles.exportTitle': 'Write a bundle',
    'sync.bundles.exportText': 'Choose what to write, then the folder to write it into: usually the USB stick.',
    'sync.bundles.scope': 'What to write',
    'sync.bundles.scopeLacking': 'Only what colleagues may still lack',
    'sync.bundles.scopeLackingHint':
      'The usual choice: a smaller bundle. Panoh judges what they lack from the bundles read on this computer.',
    'sync.bundles.scopeAll': 'Everything in this vault',
    'sync.bundles.scopeAllHint': 'For a colleague who has just joined, or when you are not sure what they have.',
    'sync.bundles.exportSubmit': 'Write a bundle…',
    'sync.bundles.importTitle': 'Read a bundle',
    'sync.bundles.importText':
      "Choose a colleague's bundle file ({extension}) on the stick. Its changes are merged field by field; reading the same bundle again changes nothing.",
    'sync.bundles.importSubmit': 'Read a bundle…',
    'sync.bundles.cancelImport': 'Cancel the import',
    'sync.bundles.cancellingImport': 'Cancelling: the vault is being left as it was…',
    'sync.bundles.choosingFolder': 'Choose the folder in the window that opened.',
    'sync.bundles.choosingFile': 'Choose the bundle file in the window that opened.',
    'sync.bundles.cancelledExport': 'Cancelled: no folder was chosen. Nothing was written.',
    'sync.bundles.cancelledImport': 'Cancelled: no file was chosen. Nothing was read.',
    'sync.bundles.exported':
      'The bundle was written: {file}. Changes in it: {count}. Take the stick to a colleague and read the bundle there.',
    'sync.bundles.exportedEmpty':
      'The bundle was written: {file}. It holds no changes: judging by their bundles read here, colleagues already have everything. To give a colleague everything anyway, choose "Everything in this vault".',
    'sync.bundles.imported': 'The bundle from "{device}" was read.',
    'sync.bundles.summary': 'What the bundle brought',
    'sync.bundles.received': 'New changes',
    'sync.bundles.known': 'Already here',
    'sync.bundles.conflicts': 'Conflicts to decide',
    'sync.bundles.waiting': 'Waiting for earlier changes',
    'sync.bundles.waitingText':
      "Records waiting for earlier changes stay out of sight for now; they will appear when a colleague's next bundle brings the rest.",
    'sync.bundles.nothingNew': 'Nothing new: everything in this bundle was already here.',
    'sync.bundles.goToConflicts': 'Go to the conflicts',
    'sync.bundles.expired':
      'The chosen file is no longer held (too much time has passed, or the vault was locked). Nothing was read; choose it again with "Read a bundle".',
    'sync.bundles.error.exportDiskFull':
      'The stick or folder is full. Nothing was written; free some space or choose another folder.',
    'sync.bundles.error.exportNotWritable':
      'Panoh cannot write to this folder: the stick may be write-protected or removed. Nothing was written; choose another folder.',
    'sync.bundles.error.importDiskFull':
      "This computer's disk is full. Nothing was imported; free some space and try again.",
    'sync.bundles.error.importNotReadable':
      'Panoh could not read the file or write to the vault (no permission, or the stick was removed). Nothing was imported.',
    'sync.progress.label': 'Progress of the bundle',
    'sync.progress.count': '{done} of {total}',
    'sync.progress.export.reading': 'Collecting the changes',
    'sync.progress.export.checking': 'Checking the changes',
    'sync.progress.export.merging': 'Preparing the changes',
    'sync.progress.export.writing': 'Writing the file',
    'sync.progress.import.reading': 'Reading the file',
    'sync.progress.import.checking': 'Checking the signature and the data',
    'sync.progress.import.merging': 'Merging the changes',
    'sync.progress.import.writing': 'Saving into the vault',
    'sync.trust.title': 'A computer this vault does not know yet',
    'sync.trust.text':
      'No bundle from this computer has been read here before. Make sure it is your colleague\'s: ask them to open "USB sync" on their computer and read you the "Fingerprint of this computer", group by group, in person or by phone.',
    'sync.trust.name':
      'The bundle says it comes from “{device}”. Anyone can give a computer any name: only the fingerprint shows whose it is.',
    'sync.trust.fingerprint': 'Fingerprint of the computer that made the bundle',
    'sync.trust.warning':
      'Read the bundle only if all five groups match. If they do not, someone else may have made it.',
    'sync.trust.confirm': 'The fingerprints match: read the bundle',
    'sync.trust.reject': 'They do not match',
    'sync.trust.rejected':
      'Nothing was read. Do not use this bundle: tell your colleague and ask for a new one, handed over in person.',
    'sync.dialog.exportTitle': 'Where to write the bundle (the USB stick)',
    'sync.dialog.exportButton': 'Write the bundle here',
    'sync.dialog.importTitle': 'Choose a bundle to read',
    'sync.dialog.importButton': 'Read this bundle',
    'sync.dialog.bundleFiles': 'Panoh bundles',
    'sync.bundles.cli':
      "Office IT can write and read bundles from Panoh's command line too (for scripts and scheduled exchanges); the README's “Command line” section shows how.",
    'sync.bundles.safe':
      'Bundles are always encrypted and signed. A damaged, altered or foreign bundle is refused and the vault stays unchanged; reading the same bundle twice changes nothing.',
  },
  ru: {
    'error.OFFICE_NOT_SET':
      'У этого хранилища ещё нет ключа синхронизации бюро. Создайте его на первом компьютере или присоединитесь по словам от коллеги.',
    'error.OFFICE_ALREADY_SET': 'Это хранилище уже принадлежит бюро. Ключ синхронизации не изменён.',
    'error.OFFICE_KEY_INVALID': 'Эти слова не являются ключом бюро. Сверьте каждое слово с бумажной копией.',
    'error.BUNDLE_DAMAGED':
      'Файл пакета повреждён, неполон или изменён после создания. Ничего не импортировано; попросите новый.',
    'error.BUNDLE_WRONG_OFFICE':
      'Этот пакет сделан для другого бюро (другой ключ синхронизации). Ничего не импортировано.',
    'error.BUNDLE_UNTRUSTED_DEVICE':
      'Пакет пришёл с устройства, которое это хранилище ещё не знает, «{device}» (отпечаток {fingerprint}). Сверьте отпечаток с отправителем и подтвердите его. Ничего не импортировано.',
    'error.BUNDLE_TOO_NEW':
      'Пакет сделан более новой версией Panoh (версия данных {version}; эта программа знает до {supported}). Обновите Panoh. Ничего не импортировано.',
    'error.BUNDLE_TOO_LARGE': 'Пакет слишком большой для импорта. Ничего не импортировано.',
    'error.BUNDLE_INVALID': 'В пакете есть данные, не прошедшие проверку. Ничего не импортировано.',
    'error.BUNDLE_IMPORT_CANCELLED':
      'Импорт отменён. Из пакета ничего не сохранено: хранилище осталось точно таким, каким было.',
    'error.BUNDLE_FROM_SELF': 'Этот пакет сделан на этом компьютере: импортировать нечего.',
    'error.STORAGE_MISSING':
      'Файла или папки больше нет (накопитель извлечён?). Подключите его снова и повторите. Ничего не изменилось.',
    'error.CLOCK_DRIFT':
      'Часы пакета сильно уходят в будущее. Проверьте дату на компьютере отправителя. Ничего не импортировано.',
    'sync.intro':
      'Компьютеры бюро обмениваются изменениями через зашифрованные и подписанные файлы-пакеты, которые переносятся на USB-накопителе. Каждый компьютер работает самостоятельно; при чтении пакета изменения объединяются поле за полем.',
    'sync.loading': 'Загрузка…',
    'sync.office.title': 'Ключ бюро',
    'sync.office.member':
      'Этот компьютер входит в бюро. Обмениваться пакетами могут только компьютеры с одним и тем же ключом бюро.',
    'sync.office.none':
      'Этот компьютер ещё не входит в бюро. У всех компьютеров бюро один общий ключ: создайте его на первом компьютере, затем введите его 24 слова на каждом из остальных.',
    'sync.office.createTitle': 'Это первый компьютер',
    'sync.office.createText':
      'Создавайте ключ бюро здесь, только если его ещё не создал никто из коллег. Его 24 слова будут показаны один раз: приготовьте ручку и бумагу.',
    'sync.office.createSubmit': 'Создать ключ бюро',
    'sync.office.joinTitle': 'Присоединиться по словам от коллеги',
    'sync.office.joinText':
      'Введите по порядку 24 слова, записанные при создании ключа бюро, через пробел. Номера и переносы строк не учитываются.',
    'sync.office.joinLabel': '24 слова ключа бюро',
    'sync.office.joinSubmit': 'Присоединиться к бюро',
    'sync.office.wordCount': 'В ключе бюро 24 слова; введено: {count}.',
    'sync.office.joined': 'Этот компьютер присоединён к бюро.',
    'sync.words.title': 'Ключ бюро: 24 слова',
    'sync.words.intro':
      'Запишите эти слова на бумагу в этом порядке и храните её в сейфе бюро. Они показываются только сейчас: Panoh больше их не покажет. Тот, у кого они есть, может прочитать пакеты, поэтому не фотографируйте их, не пересылайте в сообщениях и не храните на компьютере.',
    'sync.words.label': 'Слова ключа бюро по порядку',
    'sync.words.confirm': 'Я переписал(а) слова',
    'sync.words.leave': 'Слова ключа бюро на экране, и больше они показаны не будут. Всё равно уйти со страницы?',
    'sync.device.title': 'Этот компьютер',
    'sync.device.name': 'Название этого компьютера',
    'sync.device.nameHint':
      'Коллеги видят это название в своих списках и конфликтах, и оно читается в файлах пакетов: выберите нейтральное название, например «Ноутбук бюро 2», и никогда не используйте имя клиента.',
    'sync.device.save': 'Сохранить название',
    'sync.device.saved': 'Название сохранено.',
    'sync.device.fingerprint': 'Отпечаток этого компьютера',
    'sync.device.fingerprintHint':
      'Когда коллега будет читать первый пакет с этого компьютера, Panoh попросит подтвердить этот отпечаток. Перед подтверждением зачитайте его друг другу по группам, лично или по телефону.',
    'sync.devices.title': 'Известные компьютеры',
    'sync.devices.none':
      'Других компьютеров пока нет. Компьютер появляется здесь, когда прочитан его первый пакет и сверен его отпечаток.',
    'sync.devices.name': 'Название',
    'sync.devices.fingerprint': 'Отпечаток',
    'sync.devices.trustedAt': 'Доверенный с',
    'sync.devices.lastImport': 'Последний прочитанный пакет',
    'sync.devices.never': 'ещё нет',
    'sync.conflicts.title': 'Конфликты, требующие решения',
    'sync.conflicts.intro':
      'Конфликт возникает, когда одно и то же поле изменили на двух компьютерах до обмена пакетами. Пока сохранено более позднее изменение; другое значение показано рядом. Ваш выбор записывается как новое изменение и после обмена пакетами действует на всех компьютерах.',
    'sync.conflicts.none': 'Конфликтов, требующих решения, нет.',
    'sync.conflicts.count': 'Требуют решения: {count}',
    'sync.conflicts.unknownPerson': 'Человек не найден в этом хранилище',
    'sync.conflicts.where.applicants': 'Личная карточка',
    'sync.conflicts.where.events': 'Событие хронологии',
    'sync.conflicts.where.incidents': 'Инцидент преследования',
    'sync.conflicts.where.attachments': 'Вложение',
    'sync.conflicts.where.tasks': 'Задача',
    'sync.conflicts.fieldLine': '{where}, поле «{field}»',
    'sync.conflicts.deletedField': 'удалено или нет',
    'sync.conflicts.deleted': 'Удалено',
    'sync.conflicts.notDeleted': 'Не удалено',
    'sync.conflicts.empty': '(пусто)',
    'sync.conflicts.kept': 'Сохранено сейчас',
    'sync.conflicts.other': 'Другое значение',
    'sync.conflicts.from': 'Изменено на компьютере «{device}», {at}',
    'sync.conflicts.keep': 'Оставить это',
    'sync.conflicts.resolved':
      'Решение принято. Выбранное значение записано как новое изменение и после обмена пакетами будет действовать на всех компьютерах.',
    'sync.bundles.title': 'Обмен пакетами',
    'sync.bundles.text':
      'Запишите пакет на USB-накопитель, отнесите накопитель коллеге и прочитайте пакет на его компьютере. Изменения коллеги возвращаются так же — в пакете, который запишет он.',
    'sync.bundles.needOffice':
      'Записывать и читать пакеты можно, когда этот компьютер входит в бюро (см. «Ключ бюро» выше).',
    'sync.bundles.exportTitle': 'Записать пакет',
    'sync.bundles.exportText': 'Выберите, что записать, а затем папку для записи — обычно USB-накопитель.',
    'sync.bundles.scope': 'Что записать',
    'sync.bundles.scopeLacking': 'Только то, чего у коллег может не быть',
    'sync.bundles.scopeLackingHint':
      'Обычный выбор: пакет меньше. Чего у коллег нет, Panoh определяет по их пакетам, прочитанным на этом компьютере.',
    'sync.bundles.scopeAll': 'Всё, что есть в хранилище',
    'sync.bundles.scopeAllHint':
      'Для коллеги, который только что присоединился, или если вы не уверены, что у него есть.',
    'sync.bundles.exportSubmit': 'Записать пакет…',
    'sync.bundles.importTitle': 'Прочитать пакет',
    'sync.bundles.importText':
      'Выберите на накопителе файл пакета коллеги ({extension}). Его изменения объединяются поле за полем; повторное чтение того же пакета ничего не меняет.',
    'sync.bundles.importSubmit': 'Прочитать пакет…',
    'sync.bundles.cancelImport': 'Отменить импорт',
    'sync.bundles.cancellingImport': 'Отмена: хранилище возвращается к прежнему состоянию…',
    'sync.bundles.choosingFolder': 'Выберите папку в открывшемся окне.',
    'sync.bundles.choosingFile': 'Выберите файл пакета в открывшемся окне.',
    'sync.bundles.cancelledExport': 'Отменено: папка не выбрана. Ничего не записано.',
    'sync.bundles.cancelledImport': 'Отменено: файл не выбран. Ничего не прочитано.',
    'sync.bundles.exported':
      'Пакет записан: {file}. Изменений в нём: {count}. Отнесите накопитель коллеге и прочитайте пакет на его компьютере.',
    'sync.bundles.exportedEmpty':
      'Пакет записан: {file}. Изменений в нём нет: судя по пакетам коллег, прочитанным здесь, у них уже всё есть. Чтобы всё же передать коллеге всё, выберите «Всё, что есть в хранилище».',
    'sync.bundles.imported': 'Пакет с компьютера «{device}» прочитан.',
    'sync.bundles.summary': 'Что принёс пакет',
    'sync.bundles.received': 'Новые изменения',
    'sync.bundles.known': 'Уже были здесь',
    'sync.bundles.conflicts': 'Конфликты для решения',
    'sync.bundles.waiting': 'Ждут более ранних изменений',
    'sync.bundles.waitingText':
      'Записи, которые ждут более ранних изменений, пока не показываются; они появятся, когда следующий пакет коллеги принесёт недостающее.',
    'sync.bundles.nothingNew': 'Ничего нового: всё из этого пакета здесь уже было.',
    'sync.bundles.goToConflicts': 'Перейти к конфликтам',
    'sync.bundles.expired':
      'Выбранный файл больше не удерживается (прошло слишком много времени или хранилище было заблокировано). Ничего не прочитано; выберите его снова кнопкой «Прочитать пакет».',
    'sync.bundles.error.exportDiskFull':
      'Накопитель или папка заполнены. Ничего не записано; освободите место или выберите другую папку.',
    'sync.bundles.error.exportNotWritable':
      'Panoh не может записать в эту папку: возможно, накопитель защищён от записи или извлечён. Ничего не записано; выберите другую папку.',
    'sync.bundles.error.importDiskFull':
      'Диск этого компьютера заполнен. Ничего не импортировано; освободите место и повторите.',
    'sync.bundles.error.importNotReadable':
      'Panoh не смог прочитать файл или записать в хранилище (нет прав доступа или накопитель извлечён). Ничего не импортировано.',
    'sync.progress.label': 'Ход работы с пакетом',
    'sync.progress.count': '{done} из {total}',
    'sync.progress.export.reading': 'Сбор изменений',
    'sync.progress.export.checking': 'Проверка изменений',
    'sync.progress.export.merging': 'Подготовка изменений',
    'sync.progress.export.writing': 'Запись файла',
    'sync.progress.import.reading': 'Чтение файла',
    'sync.progress.import.checking': 'Проверка подписи и данных',
    'sync.progress.import.merging': 'Объединение изменений',
    'sync.progress.import.writing': 'Сохранение в хранилище',
    'sync.trust.title': 'Компьютер, которого это хранилище ещё не знает',
    'sync.trust.text':
      'Пакеты с этого компьютера здесь ещё не читались. Убедитесь, что он принадлежит вашему коллеге: попросите его открыть «Обмен по USB» на своём компьютере и зачитать вам «Отпечаток этого компьютера» по группам — лично или по телефону.',
    'sync.trust.name':
      'Пакет называет свой компьютер «{device}». Назвать компьютер можно как угодно: чей он, показывает только отпечаток.',
    'sync.trust.fingerprint': 'Отпечаток компьютера, создавшего пакет',
    'sync.trust.warning':
      'Читайте пакет, только если совпадают все пять групп. Если нет — пакет мог сделать кто-то другой.',
    'sync.trust.confirm': 'Отпечатки совпадают: прочитать пакет',
    'sync.trust.reject': 'Не совпадают',
    'sync.trust.rejected':
      'Ничего не прочитано. Не используйте этот пакет: сообщите коллеге и попросите новый, переданный из рук в руки.',
    'sync.dialog.exportTitle': 'Куда записать пакет (USB-накопитель)',
    'sync.dialog.exportButton': 'Записать пакет сюда',
    'sync.dialog.importTitle': 'Выберите пакет для чтения',
    'sync.dialog.importButton': 'Прочитать этот пакет',
    'sync.dialog.bundleFiles': 'Пакеты Panoh',
    'sync.bundles.cli':
      'IT-специалист бюро может записывать и читать пакеты и из командной строки Panoh (для сценариев и обмена по расписанию); как это делать, описано в разделе «Command line» файла README.',
    'sync.bundles.safe':
      'Пакеты всегда зашифрованы и подписаны. Повреждённый, изменённый или чужой пакет отклоняется, и хранилище остаётся без изменений; повторное чтение того же пакета ничего не меняет.',
  },
  kk: {
    'error.OFFICE_NOT_SET':
      'Бұл қоймада бюроның синхрондау кілті әлі жоқ. Оны бірінші компьютерде жасаңыз немесе әріптестен алған сөздермен қосылыңыз.',
    'error.OFFICE_ALREADY_SET': 'Бұл қойма бюроға тіркелген. Синхрондау кілті өзгертілмеді.',
    'error.OFFICE_KEY_INVALID': 'Бұл сөздер бюро кілті емес. Әр сөзді қағаздағы көшірмемен салыстырыңыз.',
    'error.BUNDLE_DAMAGED':
      'Пакет файлы зақымданған, толық емес немесе жасалғаннан кейін өзгертілген. Ештеңе импортталмады; жаңасын сұраңыз.',
    'error.BUNDLE_WRONG_OFFICE': 'Бұл пакет басқа бюроға арналған (басқа синхрондау кілті). Ештеңе импортталмады.',
    'error.BUNDLE_UNTRUSTED_DEVICE':
      'Пакет бұл қойма әлі танымайтын құрылғыдан келді, «{device}» (саусақ ізі {fingerprint}). Саусақ ізін жіберушімен салыстырып, растаңыз. Ештеңе импортталмады.',
    'error.BUNDLE_TOO_NEW':
      'Пакетті Panoh-тың жаңарақ нұсқасы жасаған (деректер нұсқасы {version}; бұл бағдарлама {supported} нұсқасына дейін біледі). Panoh-ты жаңартыңыз. Ештеңе импортталмады.',
    'error.BUNDLE_TOO_LARGE': 'Пакет импорттау үшін тым үлкен. Ештеңе импортталмады.',
    'error.BUNDLE_INVALID': 'Пакетте тексеруден өтпеген деректер бар. Ештеңе импортталмады.',
    'error.BUNDLE_IMPORT_CANCELLED': 'Импорт болдырылмады. Пакеттен ештеңе сақталмады: қойма бұрынғыдай қалды.',
    'error.BUNDLE_FROM_SELF': 'Бұл пакет осы компьютерде жасалған: импорттайтын ештеңе жоқ.',
    'error.STORAGE_MISSING':
      'Файл немесе қалта енді жоқ (USB жинақтауыш алынып қалды ма?). Оны қайта қосып, әрекетті қайталаңыз. Ештеңе өзгермеді.',
    'error.CLOCK_DRIFT':
      'Пакеттің сағаты болашаққа тым алыс кеткен. Жіберуші компьютердегі күнді тексеріңіз. Ештеңе импортталмады.',
    'sync.intro':
      'Бюро компьютерлері өзгерістермен USB-флешкада тасымалданатын шифрланған әрі қол қойылған пакет файлдары арқылы алмасады. Әр компьютер дербес жұмыс істейді; пакет оқылғанда өзгерістер өріс бойынша біріктіріледі.',
    'sync.loading': 'Жүктелуде…',
    'sync.office.title': 'Бюро кілті',
    'sync.office.member':
      'Бұл компьютер бюроға тіркелген. Пакеттермен тек бюро кілті бірдей компьютерлер ғана алмаса алады.',
    'sync.office.none':
      'Бұл компьютер әлі бюроға тіркелмеген. Бюроның барлық компьютерлерінде бір ортақ кілт болады: оны бірінші компьютерде жасаңыз, содан кейін оның 24 сөзін қалған компьютерлердің әрқайсысына енгізіңіз.',
    'sync.office.createTitle': 'Бұл бірінші компьютер',
    'sync.office.createText':
      'Бюро кілтін мұнда тек әріптестердің ешқайсысы оны әлі жасамаған болса ғана жасаңыз. Оның 24 сөзі бір рет көрсетіледі: қалам мен қағаз дайындап қойыңыз.',
    'sync.office.createSubmit': 'Бюро кілтін жасау',
    'sync.office.joinTitle': 'Әріптестен алған сөздермен қосылу',
    'sync.office.joinText':
      'Бюро кілті жасалған кезде жазып алынған 24 сөзді ретімен, бос орын арқылы енгізіңіз. Нөмірлер мен жол ауыстырулар ескерілмейді.',
    'sync.office.joinLabel': 'Бюро кілтінің 24 сөзі',
    'sync.office.joinSubmit': 'Бюроға қосылу',
    'sync.office.wordCount': 'Бюро кілтінде 24 сөз бар; енгізілгені: {count}.',
    'sync.office.joined': 'Бұл компьютер бюроға қосылды.',
    'sync.words.title': 'Бюро кілті: 24 сөз',
    'sync.words.intro':
      'Бұл сөздерді осы ретпен қағазға жазып, қағазды бюро сейфінде сақтаңыз. Олар тек қазір көрсетіледі: Panoh оларды қайта көрсетпейді. Сөздерді білетін адам пакеттерді оқи алады, сондықтан оларды суретке түсірмеңіз, хабарламамен жібермеңіз және компьютерде сақтамаңыз.',
    'sync.words.label': 'Бюро кілтінің сөздері, ретімен',
    'sync.words.confirm': 'Сөздерді көшіріп жазып алдым',
    'sync.words.leave': 'Бюро кілтінің сөздері экранда тұр және қайта көрсетілмейді. Бәрібір беттен кетесіз бе?',
    'sync.device.title': 'Осы компьютер',
    'sync.device.name': 'Осы компьютердің атауы',
    'sync.device.nameHint':
      'Әріптестер бұл атауды өз тізімдері мен қайшылықтарында көреді, ол пакет файлдарында да оқылады: «Бюро ноутбугі 2» сияқты бейтарап атау таңдаңыз, ешқашан клиенттің есімін қолданбаңыз.',
    'sync.device.save': 'Атауды сақтау',
    'sync.device.saved': 'Атау сақталды.',
    'sync.device.fingerprint': 'Осы компьютердің саусақ ізі',
    'sync.device.fingerprintHint':
      'Әріптес осы компьютерден келген алғашқы пакетті оқығанда, Panoh одан осы саусақ ізін растауды сұрайды. Растамас бұрын оны бір-біріңізге топ-тобымен, жеке кездесіп немесе телефон арқылы оқып беріңіз.',
    'sync.devices.title': 'Белгілі компьютерлер',
    'sync.devices.none':
      'Басқа компьютерлер әлі жоқ. Компьютер мұнда оның алғашқы пакеті оқылып, саусақ ізі салыстырылғаннан кейін пайда болады.',
    'sync.devices.name': 'Атауы',
    'sync.devices.fingerprint': 'Саусақ ізі',
    'sync.devices.trustedAt': 'Сенім білдірілген күн',
    'sync.devices.lastImport': 'Соңғы оқылған пакет',
    'sync.devices.never': 'әлі жоқ',
    'sync.conflicts.title': 'Шешімді қажет ететін қайшылықтар',
    'sync.conflicts.intro':
      'Қайшылық бір өріс екі компьютерде пакет алмасқанға дейін өзгертілгенде туындайды. Әзірге кейінгі өзгеріс сақталған; екінші мән қасында көрсетілген. Сіздің таңдауыңыз жаңа өзгеріс ретінде жазылады және пакет алмасқаннан кейін барлық компьютерде күшіне енеді.',
    'sync.conflicts.none': 'Шешімді қажет ететін қайшылықтар жоқ.',
    'sync.conflicts.count': 'Шешу керек: {count}',
    'sync.conflicts.unknownPerson': 'Адам бұл қоймада табылмады',
    'sync.conflicts.where.applicants': 'Жеке карточка',
    'sync.conflicts.where.events': 'Хронология кезеңі',
    'sync.conflicts.where.incidents': 'Қудалау оқиғасы',
    'sync.conflicts.where.attachments': 'Тіркеме',
    'sync.conflicts.where.tasks': 'Тапсырма',
    'sync.conflicts.fieldLine': '{where}, «{field}» өрісі',
    'sync.conflicts.deletedField': 'жойылған ба, жоқ па',
    'sync.conflicts.deleted': 'Жойылған',
    'sync.conflicts.notDeleted': 'Жойылмаған',
    'sync.conflicts.empty': '(бос)',
    'sync.conflicts.kept': 'Қазір сақталған',
    'sync.conflicts.other': 'Басқа мән',
    'sync.conflicts.from': '«{device}» компьютерінде өзгертілген, {at}',
    'sync.conflicts.keep': 'Осыны қалдыру',
    'sync.conflicts.resolved':
      'Шешім қабылданды. Таңдалған мән жаңа өзгеріс ретінде жазылды және пакет алмасқаннан кейін барлық компьютерде күшіне енеді.',
    'sync.bundles.title': 'Пакеттермен алмасу',
    'sync.bundles.text':
      'Пакетті USB-флешкаға жазып, флешканы әріптеске апарыңыз да, пакетті оның компьютерінде оқыңыз. Әріптестің өзгерістері де осылай, ол жазған пакетпен қайтады.',
    'sync.bundles.needOffice':
      'Пакеттерді бұл компьютер бюроға тіркелгеннен кейін жазып, оқуға болады (жоғарыдағы «Бюро кілті» бөлімін қараңыз).',
    'sync.bundles.exportTitle': 'Пакет жазу',
    'sync.bundles.exportText': 'Не жазатыныңызды, содан кейін жазылатын қалтаны таңдаңыз: әдетте бұл USB-флешка.',
    'sync.bundles.scope': 'Не жазу керек',
    'sync.bundles.scopeLacking': 'Әріптестерде жоқ болуы мүмкін өзгерістер ғана',
    'sync.bundles.scopeLackingHint':
      'Әдеттегі таңдау: пакет шағынырақ. Әріптестерде не жоқ екенін Panoh осы компьютерде оқылған олардың пакеттері бойынша анықтайды.',
    'sync.bundles.scopeAll': 'Қоймадағының бәрі',
    'sync.bundles.scopeAllHint': 'Жаңа ғана қосылған әріптеске немесе онда не бар екеніне сенімді болмасаңыз.',
    'sync.bundles.exportSubmit': 'Пакет жазу…',
    'sync.bundles.importTitle': 'Пакет оқу',
    'sync.bundles.importText':
      'Флешкадан әріптестің пакет файлын ({extension}) таңдаңыз. Оның өзгерістері өріс бойынша біріктіріледі; бір пакетті қайта оқу ештеңені өзгертпейді.',
    'sync.bundles.importSubmit': 'Пакет оқу…',
    'sync.bundles.cancelImport': 'Импортты болдырмау',
    'sync.bundles.cancellingImport': 'Болдырмау: қойма бұрынғы күйіне қайтарылуда…',
    'sync.bundles.choosingFolder': 'Ашылған терезеден қалтаны таңдаңыз.',
    'sync.bundles.choosingFile': 'Ашылған терезеден пакет файлын таңдаңыз.',
    'sync.bundles.cancelledExport': 'Болдырылмады: қалта таңдалмады. Ештеңе жазылмады.',
    'sync.bundles.cancelledImport': 'Болдырылмады: файл таңдалмады. Ештеңе оқылмады.',
    'sync.bundles.exported':
      'Пакет жазылды: {file}. Ондағы өзгерістер саны: {count}. Флешканы әріптеске апарып, пакетті сонда оқыңыз.',
    'sync.bundles.exportedEmpty':
      'Пакет жазылды: {file}. Онда өзгерістер жоқ: мұнда оқылған пакеттеріне қарағанда, әріптестерде бәрі бар. Әріптеске бәрібір бәрін беру үшін «Қоймадағының бәрі» дегенді таңдаңыз.',
    'sync.bundles.imported': '«{device}» компьютерінен келген пакет оқылды.',
    'sync.bundles.summary': 'Пакет не әкелді',
    'sync.bundles.received': 'Жаңа өзгерістер',
    'sync.bundles.known': 'Бұрыннан бар',
    'sync.bundles.conflicts': 'Шешілетін қайшылықтар',
    'sync.bundles.waiting': 'Ертеректегі өзгерістерді күтуде',
    'sync.bundles.waitingText':
      'Ертеректегі өзгерістерді күтіп тұрған жазбалар әзірге көрсетілмейді; әріптестің келесі пакеті жетпей тұрғанын әкелгенде, олар пайда болады.',
    'sync.bundles.nothingNew': 'Жаңа ештеңе жоқ: бұл пакеттегінің бәрі мұнда бұрыннан бар.',
    'sync.bundles.goToConflicts': 'Қайшылықтарға өту',
    'sync.bundles.expired':
      'Таңдалған файл енді сақталмайды (тым көп уақыт өтті немесе қойма құлыпталды). Ештеңе оқылмады; оны «Пакет оқу» түймесімен қайта таңдаңыз.',
    'sync.bundles.error.exportDiskFull':
      'Флешка немесе қалта толы. Ештеңе жазылмады; орын босатыңыз немесе басқа қалта таңдаңыз.',
    'sync.bundles.error.exportNotWritable':
      'Panoh бұл қалтаға жаза алмайды: флешка жазудан қорғалған немесе суырылған болуы мүмкін. Ештеңе жазылмады; басқа қалта таңдаңыз.',
    'sync.bundles.error.importDiskFull': 'Бұл компьютердің дискі толы. Ештеңе импортталмады; орын босатып, қайталаңыз.',
    'sync.bundles.error.importNotReadable':
      'Panoh файлды оқи алмады немесе қоймаға жаза алмады (рұқсат жоқ немесе флешка суырылған). Ештеңе импортталмады.',
    'sync.progress.label': 'Пакетпен жұмыстың барысы',
    'sync.progress.count': '{total} ішінен {done}',
    'sync.progress.export.reading': 'Өзгерістер жиналуда',
    'sync.progress.export.checking': 'Өзгерістер тексерілуде',
    'sync.progress.export.merging': 'Өзгерістер дайындалуда',
    'sync.progress.export.writing': 'Файл жазылуда',
    'sync.progress.import.reading': 'Файл оқылуда',
    'sync.progress.import.checking': 'Қолтаңба мен деректер тексерілуде',
    'sync.progress.import.merging': 'Өзгерістер біріктірілуде',
    'sync.progress.import.writing': 'Қоймаға сақталуда',
    'sync.trust.title': 'Бұл қойма әлі танымайтын компьютер',
    'sync.trust.text':
      'Бұл компьютерден келген пакеттер мұнда әлі оқылмаған. Оның әріптесіңіздікі екеніне көз жеткізіңіз: одан өз компьютерінде «USB арқылы алмасу» бөлімін ашып, «Осы компьютердің саусақ ізін» топ-тобымен, жеке кездесіп немесе телефон арқылы оқып беруін сұраңыз.',
    'sync.trust.name':
      'Пакет өз компьютерін «{device}» деп атайды. Компьютерге кез келген атау беруге болады: кімдікі екенін тек саусақ ізі көрсетеді.',
    'sync.trust.fingerprint': 'Пакетті жасаған компьютердің саусақ ізі',
    'sync.trust.warning':
      'Пакетті бес топтың бәрі сәйкес келсе ғана оқыңыз. Сәйкес келмесе, оны басқа біреу жасаған болуы мүмкін.',
    'sync.trust.confirm': 'Саусақ іздері сәйкес: пакетті оқу',
    'sync.trust.reject': 'Сәйкес емес',
    'sync.trust.rejected':
      'Ештеңе оқылмады. Бұл пакетті қолданбаңыз: әріптеске хабарлап, қолма-қол берілетін жаңа пакет сұраңыз.',
    'sync.dialog.exportTitle': 'Пакетті қайда жазу керек (USB-флешка)',
    'sync.dialog.exportButton': 'Пакетті осында жазу',
    'sync.dialog.importTitle': 'Оқитын пакетті таңдаңыз',
    'sync.dialog.importButton': 'Осы пакетті оқу',
    'sync.dialog.bundleFiles': 'Panoh пакеттері',
    'sync.bundles.cli':
      'Бюроның IT маманы пакеттерді Panoh пәрмен жолынан да жаза және оқи алады (сценарийлер мен кесте бойынша алмасу үшін); қалай істеу керектігі README файлының «Command line» бөлімінде жазылған.',
    'sync.bundles.safe':
      'Пакеттер әрдайым шифрланған және қол қойылған. Зақымданған, өзгертілген немесе бөгде пакет қабылданбайды, қойма өзгеріссіз қалады; бір пакетті қайта оқу ештеңені өзгертпейді.',
  },
});
