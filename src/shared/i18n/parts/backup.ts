import { defineMessages } from '../defineMessages';

/** Backups: the reminder, "back up now" from Settings, and the command line for office IT. */
export const backupMessages = defineMessages({
  en: {
    'settings.backup.title': 'Backups',
    'settings.backup.last': 'Last backup: {date}.',
    'settings.backup.never': 'No backup of this vault has been made yet.',
    'settings.backup.due': 'A backup is due: the last one is older than the reminder interval.',
    'settings.backup.dueNever': 'Make a first backup soon: a lost or broken laptop would take every record with it.',
    'settings.backup.reminder': 'Remind after this many days without a backup',
    'settings.backup.reminderHint': 'A whole number from 1 to 365.',
    'settings.backup.reminderRange': 'Enter a whole number from 1 to 365.',
    'settings.backup.submit': 'Save the reminder',
    'settings.backup.done': 'The reminder was saved.',
    'settings.backup.cli':
      "Office IT can make the same backup from Panoh's command line, for example on a schedule; the README's “Command line” section shows how.",
    'settings.backup.twoFiles':
      'A backup is two files: NAME.panoh and NAME.panoh.keys. Keep them together and away from this computer: one without the other cannot be restored. Both stay encrypted; opening them still needs the passphrase or the recovery key.',

    'backup.dialog.saveTitle': 'Save a backup of the vault',
    'backup.dialog.saveButton': 'Save the backup',
    'backup.dialog.backupFiles': 'Panoh backups',
    'backup.save.title': 'Back up now',
    'backup.save.text':
      'Panoh writes an encrypted copy of the whole vault to a file you choose, then opens it to check it. Save it on a USB stick or disk that is kept away from this laptop.',
    'backup.save.submit': 'Back up now…',
    'backup.save.running': 'Writing and checking the backup…',
    'backup.save.cancelled': 'No backup was made: no file was chosen.',
    'backup.save.saved':
      'The backup was written and checked: {fileName}, with its key file {keyFileName} beside it. Keep the two files together.',
    'backup.error.exists':
      'A file with this name is already there. Panoh never overwrites a backup: choose another name or folder. Nothing was written.',
    'backup.error.diskFull':
      'There is not enough space where the backup was to go. Free some space or choose another disk. Nothing was written; the vault is unchanged.',
    'backup.error.notWritable':
      'Panoh cannot write to this folder. Check that the USB stick is not write-protected, or choose another folder. Nothing was written.',
    'backup.error.missing':
      'The folder is not there any more (was the USB stick taken out?). Plug it back in and try again. Nothing was written.',
    'backup.dialog.openTitle': 'Choose a Panoh backup to restore',
    'backup.dialog.openButton': 'Restore from this backup',
    'backup.restore.offer': 'Restore from a backup…',
    'backup.restore.offerText':
      'Moving to a new computer, or the old one broke? Open the backup instead of starting empty.',
    'backup.restore.title': 'Restore from a backup',
    'backup.restore.intro':
      'Panoh makes this computer’s vault from the backup and opens it. The backup itself is not changed. Its key file (the same name ending in .keys) must be beside it.',
    'backup.restore.file': 'Backup: {fileName}',
    'backup.restore.passphrase': 'Passphrase of the backup',
    'backup.restore.passphraseHint': 'The passphrase the vault had when this backup was made.',
    'backup.restore.submit': 'Restore and open',
    'backup.restore.chooseAgain': 'Choose the backup file…',
    'backup.restore.back': 'Back to creating a new vault',
    'backup.restore.expired': 'The chosen file is no longer held: choose the backup again. Nothing was created.',
    'backup.restore.error.wrongPassphrase':
      'Wrong passphrase for this backup. Enter the passphrase the vault had when the backup was made; check the keyboard layout (Cyrillic or Latin) and Caps Lock. Nothing was created.',
    'backup.restore.error.keysMissing':
      'The key file of this backup is not beside it ({fileName}.keys). Put both files in the same folder and choose the backup again. Nothing was created.',
    'backup.restore.error.notBackup':
      'This file is not a Panoh backup. Choose the .panoh file made by “Back up now”. Nothing was created.',
    'backup.restore.error.damaged':
      'This backup is damaged and cannot be restored. Try another copy. Nothing was created.',
    'backup.restore.error.missing':
      'The backup file is not there any more (was the USB stick taken out?). Plug it back in and choose it again. Nothing was created.',
    'backup.restore.error.exists':
      'This computer already has a vault: a backup is never restored over it. Nothing was changed.',
    'backup.restore.error.notReadable':
      'Panoh cannot read this backup, or cannot write the vault on this computer. Check the USB stick and the disk, then try again. Nothing was created.',
    'backup.restore.error.diskFull':
      'There is not enough space on this computer for the vault. Free some space and try again. Nothing was created.',
  },
  ru: {
    'settings.backup.title': 'Резервные копии',
    'settings.backup.last': 'Последняя резервная копия: {date}.',
    'settings.backup.never': 'Резервная копия этого хранилища ещё не создавалась.',
    'settings.backup.due': 'Пора сделать резервную копию: последняя старше установленного интервала.',
    'settings.backup.dueNever': 'Сделайте первую резервную копию: при потере или поломке ноутбука пропадут все записи.',
    'settings.backup.reminder': 'Напоминать, если резервной копии нет столько дней',
    'settings.backup.reminderHint': 'Целое число от 1 до 365.',
    'settings.backup.reminderRange': 'Введите целое число от 1 до 365.',
    'settings.backup.submit': 'Сохранить напоминание',
    'settings.backup.done': 'Напоминание сохранено.',
    'settings.backup.cli':
      'IT-специалист бюро может делать такие же копии из командной строки Panoh, например по расписанию; как это делать, описано в разделе «Command line» файла README.',
    'settings.backup.twoFiles':
      'Резервная копия — это два файла: ИМЯ.panoh и ИМЯ.panoh.keys. Храните их вместе и отдельно от этого компьютера: без одного из них восстановление невозможно. Оба файла зашифрованы; чтобы их открыть, по-прежнему нужна парольная фраза или ключ восстановления.',

    'backup.dialog.saveTitle': 'Сохранить резервную копию хранилища',
    'backup.dialog.saveButton': 'Сохранить копию',
    'backup.dialog.backupFiles': 'Резервные копии Panoh',
    'backup.save.title': 'Сделать копию сейчас',
    'backup.save.text':
      'Panoh запишет зашифрованную копию всего хранилища в выбранный вами файл и откроет её для проверки. Сохраняйте её на флешку или диск, которые хранятся отдельно от этого ноутбука.',
    'backup.save.submit': 'Сделать резервную копию…',
    'backup.save.running': 'Копия записывается и проверяется…',
    'backup.save.cancelled': 'Резервная копия не создана: файл не выбран.',
    'backup.save.saved':
      'Резервная копия записана и проверена: {fileName}, рядом с ней файл ключей {keyFileName}. Храните оба файла вместе.',
    'backup.error.exists':
      'Файл с таким именем там уже есть. Panoh никогда не перезаписывает копии: выберите другое имя или папку. Ничего не записано.',
    'backup.error.diskFull':
      'Там, куда сохранялась копия, не хватает места. Освободите место или выберите другой диск. Ничего не записано; хранилище не изменилось.',
    'backup.error.notWritable':
      'Panoh не может записать в эту папку. Проверьте, не защищена ли флешка от записи, или выберите другую папку. Ничего не записано.',
    'backup.error.missing':
      'Этой папки больше нет (флешка извлечена?). Подключите её снова и повторите. Ничего не записано.',
    'backup.dialog.openTitle': 'Выберите резервную копию Panoh для восстановления',
    'backup.dialog.openButton': 'Восстановить из этой копии',
    'backup.restore.offer': 'Восстановить из резервной копии…',
    'backup.restore.offerText':
      'Переходите на новый компьютер или старый сломался? Откройте резервную копию, а не начинайте с пустого хранилища.',
    'backup.restore.title': 'Восстановление из резервной копии',
    'backup.restore.intro':
      'Panoh создаст хранилище этого компьютера из резервной копии и откроет его. Сама копия не изменится. Рядом с ней должен лежать её файл ключей (то же имя с окончанием .keys).',
    'backup.restore.file': 'Резервная копия: {fileName}',
    'backup.restore.passphrase': 'Парольная фраза копии',
    'backup.restore.passphraseHint': 'Парольная фраза, которая была у хранилища, когда делалась эта копия.',
    'backup.restore.submit': 'Восстановить и открыть',
    'backup.restore.chooseAgain': 'Выбрать файл копии…',
    'backup.restore.back': 'Вернуться к созданию нового хранилища',
    'backup.restore.expired': 'Выбранный файл больше не удерживается: выберите копию снова. Ничего не создано.',
    'backup.restore.error.wrongPassphrase':
      'Неверная парольная фраза для этой копии. Введите фразу, которая была у хранилища, когда делалась копия; проверьте раскладку (кириллица или латиница) и Caps Lock. Ничего не создано.',
    'backup.restore.error.keysMissing':
      'Рядом с копией нет её файла ключей ({fileName}.keys). Положите оба файла в одну папку и выберите копию снова. Ничего не создано.',
    'backup.restore.error.notBackup':
      'Этот файл не является резервной копией Panoh. Выберите файл .panoh, созданный кнопкой «Сделать резервную копию». Ничего не создано.',
    'backup.restore.error.damaged':
      'Эта резервная копия повреждена, восстановить её нельзя. Попробуйте другую копию. Ничего не создано.',
    'backup.restore.error.missing':
      'Файла копии больше нет на месте (флешка извлечена?). Подключите её снова и выберите копию ещё раз. Ничего не создано.',
    'backup.restore.error.exists':
      'На этом компьютере уже есть хранилище: копия никогда не восстанавливается поверх него. Ничего не изменено.',
    'backup.restore.error.notReadable':
      'Panoh не может прочитать эту копию или записать хранилище на этот компьютер. Проверьте флешку и диск и повторите. Ничего не создано.',
    'backup.restore.error.diskFull':
      'На этом компьютере не хватает места для хранилища. Освободите место и повторите. Ничего не создано.',
  },
  kk: {
    'settings.backup.title': 'Сақтық көшірмелер',
    'settings.backup.last': 'Соңғы сақтық көшірме: {date}.',
    'settings.backup.never': 'Бұл қойманың сақтық көшірмесі әлі жасалмаған.',
    'settings.backup.due': 'Сақтық көшірме жасайтын уақыт келді: соңғысы белгіленген аралықтан ескі.',
    'settings.backup.dueNever':
      'Алғашқы сақтық көшірмені жақын арада жасаңыз: ноутбук жоғалса немесе бұзылса, барлық жазба бірге жоғалады.',
    'settings.backup.reminder': 'Сақтық көшірмесіз осынша күн өткенде еске салу',
    'settings.backup.reminderHint': '1-ден 365-ке дейінгі бүтін сан.',
    'settings.backup.reminderRange': '1-ден 365-ке дейінгі бүтін сан енгізіңіз.',
    'settings.backup.submit': 'Еске салуды сақтау',
    'settings.backup.done': 'Еске салу сақталды.',
    'settings.backup.cli':
      'Бюроның IT маманы дәл осындай көшірмелерді Panoh пәрмен жолынан да жасай алады, мысалы кесте бойынша; қалай істеу керектігі README файлының «Command line» бөлімінде жазылған.',
    'settings.backup.twoFiles':
      'Сақтық көшірме — екі файл: АТЫ.panoh және АТЫ.panoh.keys. Оларды бірге және осы компьютерден бөлек сақтаңыз: біреуі болмаса, қалпына келтіру мүмкін емес. Екі файл да шифрланған; оларды ашу үшін бәрібір құпия сөз тіркесі немесе қалпына келтіру кілті қажет.',

    'backup.dialog.saveTitle': 'Қойманың сақтық көшірмесін сақтау',
    'backup.dialog.saveButton': 'Көшірмені сақтау',
    'backup.dialog.backupFiles': 'Panoh сақтық көшірмелері',
    'backup.save.title': 'Қазір көшірме жасау',
    'backup.save.text':
      'Panoh бүкіл қойманың шифрланған көшірмесін сіз таңдаған файлға жазып, оны тексеру үшін ашады. Оны осы ноутбуктан бөлек сақталатын флешкаға немесе дискіге сақтаңыз.',
    'backup.save.submit': 'Сақтық көшірме жасау…',
    'backup.save.running': 'Көшірме жазылып, тексерілуде…',
    'backup.save.cancelled': 'Сақтық көшірме жасалмады: файл таңдалмады.',
    'backup.save.saved':
      'Сақтық көшірме жазылып, тексерілді: {fileName}, оның жанында кілттер файлы {keyFileName}. Екі файлды бірге сақтаңыз.',
    'backup.error.exists':
      'Онда осындай атаулы файл бар. Panoh көшірмелерді ешқашан қайта жазбайды: басқа атау немесе қалта таңдаңыз. Ештеңе жазылмады.',
    'backup.error.diskFull':
      'Көшірме сақталатын жерде орын жетпейді. Орын босатыңыз немесе басқа диск таңдаңыз. Ештеңе жазылмады; қойма өзгерген жоқ.',
    'backup.error.notWritable':
      'Panoh бұл қалтаға жаза алмайды. Флешканың жазудан қорғалмағанын тексеріңіз немесе басқа қалта таңдаңыз. Ештеңе жазылмады.',
    'backup.error.missing':
      'Бұл қалта енді жоқ (флешка алынып қалды ма?). Оны қайта қосып, әрекетті қайталаңыз. Ештеңе жазылмады.',
    'backup.dialog.openTitle': 'Қалпына келтіру үшін Panoh сақтық көшірмесін таңдаңыз',
    'backup.dialog.openButton': 'Осы көшірмеден қалпына келтіру',
    'backup.restore.offer': 'Сақтық көшірмеден қалпына келтіру…',
    'backup.restore.offerText':
      'Жаңа компьютерге көшесіз бе, әлде ескісі бұзылды ма? Бос қоймадан бастамай, сақтық көшірмені ашыңыз.',
    'backup.restore.title': 'Сақтық көшірмеден қалпына келтіру',
    'backup.restore.intro':
      'Panoh осы компьютердің қоймасын сақтық көшірмеден жасап, оны ашады. Көшірменің өзі өзгермейді. Оның жанында кілттер файлы (дәл сол атау, соңы .keys) болуы керек.',
    'backup.restore.file': 'Сақтық көшірме: {fileName}',
    'backup.restore.passphrase': 'Көшірменің құпия сөз тіркесі',
    'backup.restore.passphraseHint': 'Осы көшірме жасалған кезде қоймада болған құпия сөз тіркесі.',
    'backup.restore.submit': 'Қалпына келтіріп, ашу',
    'backup.restore.chooseAgain': 'Көшірме файлын таңдау…',
    'backup.restore.back': 'Жаңа қойма жасауға оралу',
    'backup.restore.expired': 'Таңдалған файл енді сақталмайды: көшірмені қайта таңдаңыз. Ештеңе жасалмады.',
    'backup.restore.error.wrongPassphrase':
      'Бұл көшірменің құпия сөз тіркесі қате. Көшірме жасалған кездегі қойманың тіркесін енгізіңіз; пернетақта тілін (кирилл не латын) және Caps Lock-ты тексеріңіз. Ештеңе жасалмады.',
    'backup.restore.error.keysMissing':
      'Көшірменің жанында оның кілттер файлы жоқ ({fileName}.keys). Екі файлды бір қалтаға салып, көшірмені қайта таңдаңыз. Ештеңе жасалмады.',
    'backup.restore.error.notBackup':
      'Бұл файл Panoh сақтық көшірмесі емес. «Сақтық көшірме жасау» батырмасымен жасалған .panoh файлын таңдаңыз. Ештеңе жасалмады.',
    'backup.restore.error.damaged':
      'Бұл сақтық көшірме зақымдалған, оны қалпына келтіру мүмкін емес. Басқа көшірмені қолданып көріңіз. Ештеңе жасалмады.',
    'backup.restore.error.missing':
      'Көшірме файлы енді орнында жоқ (флешка алынып қалды ма?). Оны қайта қосып, көшірмені тағы таңдаңыз. Ештеңе жасалмады.',
    'backup.restore.error.exists':
      'Бұл компьютерде қойма бұрыннан бар: көшірме ешқашан оның үстіне қалпына келтірілмейді. Ештеңе өзгерген жоқ.',
    'backup.restore.error.notReadable':
      'Panoh бұл көшірмені оқи алмайды немесе қойманы осы компьютерге жаза алмайды. Флешка мен дискіні тексеріп, қайталаңыз. Ештеңе жасалмады.',
    'backup.restore.error.diskFull':
      'Бұл компьютерде қоймаға орын жетпейді. Орын босатып, қайталаңыз. Ештеңе жасалмады.',
  },
});
