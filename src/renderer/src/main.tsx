// Must stay the first import: it configures zod before any schema is defined.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { PrefsProvider } from './prefs/PrefsProvider';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PrefsProvider>
        <I18nProvider>
          <App />
        </I18nProvider>
      </PrefsProvider>
    </StrictMode>,
  );
}
