import { defineMessages } from '../defineMessages';

/** What the desktop shell itself says, before any window or vault exists. */
export const desktopMessages = defineMessages({
  en: {
    'desktop.noSandbox.title': 'Panoh does not run without its sandbox',
    'desktop.noSandbox.text':
      'Panoh was started with the security sandbox turned off (--no-sandbox), which would let a flaw in a page reach the whole computer and the client files on it. It has stopped instead.\n\nOn Ubuntu 24.04 and later, install Panoh from the .deb package: it allows the sandbox through AppArmor. The AppImage cannot do that there. Office IT can find the details in docs/linux.md.',
  },
  ru: {
    'desktop.noSandbox.title': 'Panoh не работает без песочницы',
    'desktop.noSandbox.text':
      'Panoh запущен с отключённой защитной песочницей (--no-sandbox): так уязвимость на странице могла бы добраться до всего компьютера и файлов клиентов на нём. Поэтому программа остановилась.\n\nВ Ubuntu 24.04 и новее установите Panoh из пакета .deb: он разрешает песочницу через AppArmor. AppImage там этого не может. Подробности для IT-службы офиса — в docs/linux.md.',
  },
  kk: {
    'desktop.noSandbox.title': 'Panoh қорғаныш құмсалғышысыз жұмыс істемейді',
    'desktop.noSandbox.text':
      'Panoh қорғаныш құмсалғышы өшірілген күйде (--no-sandbox) іске қосылды: бұлай беттегі осалдық бүкіл компьютерге және ондағы клиент файлдарына жетуі мүмкін. Сондықтан бағдарлама тоқтады.\n\nUbuntu 24.04 және одан жаңа нұсқаларда Panoh-ты .deb пакетінен орнатыңыз: ол құмсалғышқа AppArmor арқылы рұқсат береді. AppImage онда мұны істей алмайды. Кеңсенің IT қызметіне арналған толық ақпарат — docs/linux.md ішінде.',
  },
});
